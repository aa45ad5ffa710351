import type { Locale } from '@juki/policies';

interface Named {
  readonly name: string;
  readonly nameEn: string;
}

/** A section's name in the language shown. */
export function sectionName(section: Named | null | undefined, locale: Locale, none: string): string {
  if (!section) return none;
  return locale === 'ja' ? section.name : section.nameEn;
}
