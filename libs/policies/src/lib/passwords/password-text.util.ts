/**
 * Text forms used to compare passwords with a person's data (第21条第2項: 推測可能な記号又は番号).
 * Passwords are compared after Unicode NFKC (full-width ＡＢＣ１２３ and half-width ｶﾅ become ABC123
 * and カナ), lower-cased, with katakana folded to hiragana so that やまだ and ヤマダ are the same.
 */

/** NFKC, as stored and compared (NIST SP 800-63B-4 §3.1.1.2). */
export function normalizePassword(text: string): string {
  return text.normalize('NFKC');
}

/** Katakana (ァ–ヶ, including ヴ ヵ ヶ) to the hiragana of the same sound; other text unchanged. */
export function katakanaToHiragana(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    out += code >= 0x30a1 && code <= 0x30f6 ? String.fromCodePoint(code - 0x60) : ch;
  }
  return out;
}

/** The form in which passwords and personal data are compared: NFKC, lower case, kana as hiragana. */
export function foldForComparison(text: string): string {
  return katakanaToHiragana(normalizePassword(text).toLowerCase());
}

/** Number of Unicode code points (what a person counts as characters; not UTF-16 units). */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The first `count` code points of `text`. */
export function firstCodePoints(text: string, count: number): string {
  let taken = 0;
  let end = 0;
  while (end < text.length && taken < count) {
    const code = text.charCodeAt(end);
    end += code >= 0xd800 && code <= 0xdbff && end + 1 < text.length ? 2 : 1;
    taken++;
  }
  return text.slice(0, end);
}

const SEPARATORS = /[\s\-_./・,、。]/gu;

/** The text without the separators people put inside ids and numbers (space - _ . / ・ , 、 。). */
export function withoutSeparators(text: string): string {
  return text.replace(SEPARATORS, '');
}
