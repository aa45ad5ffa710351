import { GUIDELINES_INDEX } from './article-index.generated';
import type { ArticleIndexEntry } from './article-index.types';

/**
 * A citation of the guidelines, written the way the guidelines themselves are cited:
 * `第21条`, `第21条第2項`, `第10条の3第3号`, `第17条第3項第2号`, or `附則`.
 */
export type ArticleRef = `第${number}条${string}` | '附則';

export interface ParsedArticleRef {
  readonly article: string;
  readonly paragraph?: number;
  readonly item?: number;
}

const REF = /^第(\d+)条(?:の(\d+))?(?:第(\d+)項)?(?:第(\d+)号)?$/;

export function parseArticleRef(ref: string): ParsedArticleRef | undefined {
  const m = REF.exec(ref);
  if (!m) return undefined;
  const article = m[2] ? `${m[1]}の${m[2]}` : `${m[1]}`;
  return {
    article,
    ...(m[3] ? { paragraph: Number(m[3]) } : {}),
    ...(m[4] ? { item: Number(m[4]) } : {}),
  };
}

export function findArticle(ref: string): ArticleIndexEntry | undefined {
  const parsed = parseArticleRef(ref);
  if (!parsed) return undefined;
  return GUIDELINES_INDEX.articles.find((a) => a.number === parsed.article);
}

/**
 * True when the citation names an article, paragraph (項) and item (号) that exist in the guidelines.
 * An item cited without a paragraph refers to the first paragraph (e.g. 第10条の3第3号).
 */
export function articleExists(ref: string): boolean {
  if (ref === '附則') return GUIDELINES_INDEX.supplementaryProvisions.length > 0;
  const parsed = parseArticleRef(ref);
  const entry = findArticle(ref);
  if (!parsed || !entry) return false;
  const paragraph = entry.paragraphs.find((p) => p.number === (parsed.paragraph ?? 1));
  if (!paragraph) return false;
  if (parsed.item === undefined) return true;
  return parsed.item >= 1 && parsed.item <= paragraph.items;
}

/** The heading of the cited article, e.g. 第21条第2項 → "パスワードの管理方法". */
export function articleHeading(ref: string): string | undefined {
  if (ref === '附則') return '附則';
  return findArticle(ref)?.heading;
}

export const GUIDELINES_TITLE = GUIDELINES_INDEX.title;
