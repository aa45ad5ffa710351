import type { ArticleRef } from '../articles/articles';

/**
 * One entry of the message catalogue: a stable code (`AREA.REASON`), the article it enforces, and the
 * Japanese and English text with `{param}` placeholders.
 */
export interface CatalogueEntry {
  readonly article: ArticleRef;
  readonly ja: string;
  readonly en: string;
}

export type CatalogueSection = Readonly<Record<string, CatalogueEntry>>;
