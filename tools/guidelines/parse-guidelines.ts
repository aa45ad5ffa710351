/**
 * Parses the guidelines (要綱) text into an index of chapters, articles, paragraphs (項) and items (号).
 * Used by `build-article-index.ts` to write the committed index in libs/policies, and by the test that
 * proves the committed index still matches the committed text.
 */
export interface ParsedParagraph {
  number: number;
  items: number;
}
export interface ParsedArticle {
  /** e.g. "10の3" */
  number: string;
  heading: string;
  chapter: string;
  paragraphs: ParsedParagraph[];
}
export interface ParsedGuidelines {
  title: string;
  articles: ParsedArticle[];
  /** 附則: the dates each version came into force, as written (e.g. 平成14年8月5日). */
  supplementaryProvisions: string[];
}

const CHAPTER = /第(\d+)章\s*(.+?)\s*$/;
const HEADING = /^(?:#+\s*)?[(（]([^()（）]+)[)）]\s*$/;
const ARTICLE = /^(?:-\s*)?第(\d+)条(?:の(\d+))?[\s\u3000]/;
const PARAGRAPH = /^(?:-\s*)?(\d+)[\s\u3000]/;
const ITEM = /^\s*(?:-\s*)?[(（](\d+)[)）]/;
const ENFORCED = /この要綱は、(.+?)から施行する/;

export function parseGuidelines(text: string): ParsedGuidelines {
  const lines = text.split(/\r?\n/);
  const articles: ParsedArticle[] = [];
  const supplementaryProvisions: string[] = [];
  let title = '';
  let chapter = '';
  let pendingHeading = '';
  let current: ParsedArticle | undefined;

  for (const raw of lines) {
    const line = raw.trimEnd();
    if (!title && /^#\s+/.test(line)) {
      title = line.replace(/^#\s+/, '').trim();
      continue;
    }
    const enforced = ENFORCED.exec(line);
    if (enforced?.[1]) {
      supplementaryProvisions.push(enforced[1]);
      current = undefined;
      continue;
    }
    if (/^#+\s/.test(line) && CHAPTER.test(line) && !line.includes('目次')) {
      const m = CHAPTER.exec(line);
      if (m) chapter = `第${m[1]}章 ${m[2]}`;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading?.[1]) {
      pendingHeading = heading[1].trim();
      continue;
    }
    const article = ARTICLE.exec(line);
    if (article) {
      current = {
        number: article[2] ? `${article[1]}の${article[2]}` : `${article[1]}`,
        heading: pendingHeading,
        chapter,
        paragraphs: [{ number: 1, items: 0 }],
      };
      pendingHeading = '';
      articles.push(current);
      continue;
    }
    if (!current) continue;
    const paragraph = PARAGRAPH.exec(line);
    if (paragraph?.[1] && Number(paragraph[1]) === current.paragraphs.length + 1) {
      current.paragraphs.push({ number: Number(paragraph[1]), items: 0 });
      continue;
    }
    const item = ITEM.exec(line);
    if (item?.[1]) {
      const last = current.paragraphs[current.paragraphs.length - 1];
      if (last && Number(item[1]) === last.items + 1) last.items += 1;
    }
  }
  return { title, articles, supplementaryProvisions };
}
