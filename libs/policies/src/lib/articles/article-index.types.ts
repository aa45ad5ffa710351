export interface ArticleIndexParagraph {
  readonly number: number;
  /** How many numbered items (号) the paragraph lists; 0 when it lists none. */
  readonly items: number;
}

export interface ArticleIndexEntry {
  /** The article number as written after 第…条, e.g. "10の3". */
  readonly number: string;
  /** The heading in parentheses above the article, e.g. "住民基本台帳カードの廃棄". */
  readonly heading: string;
  readonly chapter: string;
  readonly paragraphs: readonly ArticleIndexParagraph[];
}

export interface GuidelinesIndex {
  readonly title: string;
  readonly articles: readonly ArticleIndexEntry[];
  readonly supplementaryProvisions: readonly string[];
}
