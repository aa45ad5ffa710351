/** Every message shown to a user exists in Japanese (first) and English. */
export interface LocalizedText {
  readonly ja: string;
  readonly en: string;
}

export type Locale = keyof LocalizedText;
export const LOCALES: readonly Locale[] = ['ja', 'en'];

export type MessageParams = Readonly<Record<string, string | number>>;

/** Replaces `{name}` placeholders; a placeholder without a value is left visible rather than hidden. */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
