/**
 * A ranked word list held as one sorted array, searched by narrowing a range one character at a time.
 *
 * This is what makes dictionary matching fast enough for 第21条第2項 checks on every keystroke:
 * the zxcvbn family looks every substring of the password up in every dictionary (≈ 25 lists) and,
 * for l33t speak, re-runs that whole search for up to 100 "un-l33ted" copies of the password. Here
 * all lists are merged (a word keeps its best, i.e. lowest, rank, which can only lower the estimate)
 * and a depth-first walk from each start position follows only the characters — literal or l33t
 * readings — that still begin some dictionary word, so every l33t reading is found, not only the
 * first hundred, and the work is bounded by the dictionary rather than by the number of l33t
 * combinations.
 */
export interface RankedWordIndex {
  /** Lower-case words in code-unit order (the order of `<`). */
  readonly words: readonly string[];
  /** Rank of `words[k]` (1 = most common). */
  readonly ranks: readonly number[];
  /** Index into `dictionaryNames` of the list that gave `words[k]` its rank. */
  readonly sources: readonly number[];
  readonly dictionaryNames: readonly string[];
  readonly longestWord: number;
  /**
   * `prefixCodes[d][k]`: char code of `words[k]` at depth d (−1 past its end), for the first few depths.
   * Binary searches over the whole list then read one contiguous array instead of touching ≈ 18 strings
   * scattered over the heap (cache misses made the first levels cost more than all the others).
   */
  readonly prefixCodes: readonly Int32Array[];
}

/** Depths for which char codes are kept in typed arrays. */
const PREFIX_DEPTHS = 3;

/** Builds the index from ranked lists (each ordered most common first), keeping each word's lowest rank. */
export function buildRankedWordIndex(lists: Readonly<Record<string, readonly string[]>>): RankedWordIndex {
  const dictionaryNames = Object.keys(lists);
  const best = new Map<string, number>();
  const SOURCE_BITS = 64;
  dictionaryNames.forEach((name, source) => {
    const list = lists[name] ?? [];
    for (let k = 0; k < list.length; k++) {
      const word = String(list[k]).toLowerCase();
      if (word.length === 0) continue;
      const packed = (k + 1) * SOURCE_BITS + source;
      const previous = best.get(word);
      if (previous === undefined || packed < previous) best.set(word, packed);
    }
  });
  const words = [...best.keys()].sort(compareCodeUnits);
  const ranks = new Array<number>(words.length);
  const sources = new Array<number>(words.length);
  let longestWord = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string;
    const packed = best.get(word) as number;
    ranks[k] = Math.floor(packed / SOURCE_BITS);
    sources[k] = packed % SOURCE_BITS;
    if (word.length > longestWord) longestWord = word.length;
  }
  const prefixCodes = Array.from({ length: PREFIX_DEPTHS }, (_, depth) => {
    const codes = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) codes[k] = codeAt(words[k] as string, depth);
    return codes;
  });
  return { words, ranks, sources, dictionaryNames, longestWord, prefixCodes };
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Char code of `word` at `depth`, or -1 past its end (a prefix sorts before its extensions). */
function codeAt(word: string, depth: number): number {
  return depth < word.length ? word.charCodeAt(depth) : -1;
}

/**
 * Within `[lo, hi)` — words sharing a prefix of length `depth` — the sub-range whose character at
 * `depth` is `code`. Returns `lo === hi` when there is none.
 */
export function narrow(index: RankedWordIndex, lo: number, hi: number, depth: number, code: number): [number, number] {
  const codes = index.prefixCodes[depth];
  const words = index.words;
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((codes ? (codes[mid] as number) : codeAt(words[mid] as string, depth)) < code) a = mid + 1;
    else b = mid;
  }
  const start = a;
  b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((codes ? (codes[mid] as number) : codeAt(words[mid] as string, depth)) <= code) a = mid + 1;
    else b = mid;
  }
  return [start, a];
}

/** One l33t substitution used in a match: `substitution` in the password read as `letter`. */
export interface L33tSubstitution {
  readonly letter: string;
  readonly substitution: string;
}

/** A word found in the password: `password.slice(i, j + 1)` reads as `word`. */
export interface WordHit {
  readonly i: number;
  readonly j: number;
  readonly word: string;
  readonly rank: number;
  readonly dictionaryName: string;
  /** Distinct substitutions used (empty for a literal match). */
  readonly subs: readonly L33tSubstitution[];
}

/** For each password position, the l33t readings that start there: [substitution, letter] pairs. */
export type L33tReadings = readonly (readonly (readonly [string, string])[])[];

const substitutionCache = new WeakMap<object, ReadonlyMap<string, readonly (readonly [string, string])[]>>();

/** First character → [substitution, letter] pairs of the table that start with it. */
function substitutionsByFirstChar(
  table: Readonly<Record<string, readonly string[]>>,
): ReadonlyMap<string, readonly (readonly [string, string])[]> {
  let byFirst = substitutionCache.get(table);
  if (!byFirst) {
    const map = new Map<string, (readonly [string, string])[]>();
    for (const [letter, substitutions] of Object.entries(table)) {
      for (const substitution of substitutions) {
        const first = substitution.charAt(0);
        const list = map.get(first) ?? [];
        list.push([substitution, letter]);
        map.set(first, list);
      }
    }
    byFirst = map;
    substitutionCache.set(table, byFirst);
  }
  return byFirst;
}

const NONE: readonly (readonly [string, string])[] = [];

/** Precomputes, for each position of `lower`, which l33t substitutions of the table start there. */
export function l33tReadingsOf(lower: string, table: Readonly<Record<string, readonly string[]>>): L33tReadings {
  const byFirst = substitutionsByFirstChar(table);
  const readings: (readonly (readonly [string, string])[])[] = [];
  for (let p = 0; p < lower.length; p++) {
    const candidates = byFirst.get(lower.charAt(p));
    if (!candidates) {
      readings.push(NONE);
      continue;
    }
    const here = candidates.filter(([substitution]) => substitution.length === 1 || lower.startsWith(substitution, p));
    readings.push(here.length > 0 ? here : NONE);
  }
  return readings;
}

const NO_READINGS: L33tReadings = [];

/**
 * Every dictionary word that occurs in `lower` starting at any position, read literally or, where
 * `readings` is given, with any combination of l33t readings.
 */
export function findWords(index: RankedWordIndex, lower: string, readings: L33tReadings = NO_READINGS): WordHit[] {
  const hits: WordHit[] = [];
  const n = lower.length;
  const subsStack: L33tSubstitution[] = [];
  const total = index.words.length;
  if (total === 0) return hits;

  const NO_SUBS: readonly L33tSubstitution[] = [];
  const emit = (start: number, end: number, k: number): void => {
    let subs = NO_SUBS;
    if (subsStack.length > 0) {
      const distinct: L33tSubstitution[] = [];
      for (const s of subsStack) {
        if (!distinct.some((d) => d.letter === s.letter && d.substitution === s.substitution)) distinct.push(s);
      }
      subs = distinct;
    }
    hits.push({
      i: start,
      j: end,
      word: index.words[k] as string,
      rank: index.ranks[k] as number,
      dictionaryName: index.dictionaryNames[index.sources[k] as number] as string,
      subs,
    });
  };

  const walk = (start: number, pos: number, lo: number, hi: number, depth: number): void => {
    if (pos >= n || depth >= index.longestWord) return;
    // the literal reading
    const [a, b] = narrow(index, lo, hi, depth, lower.charCodeAt(pos));
    if (a < b) {
      if ((index.words[a] as string).length === depth + 1) emit(start, pos, a);
      walk(start, pos + 1, a, b, depth + 1);
    }
    // the l33t readings
    const here = readings[pos];
    if (!here) return;
    for (const [substitution, letter] of here) {
      const [c, d] = narrow(index, lo, hi, depth, letter.charCodeAt(0));
      if (c >= d) continue;
      subsStack.push({ letter, substitution });
      const end = pos + substitution.length - 1;
      if ((index.words[c] as string).length === depth + 1) emit(start, end, c);
      walk(start, pos + substitution.length, c, d, depth + 1);
      subsStack.pop();
    }
  };

  for (let i = 0; i < n; i++) walk(i, i, 0, total, 0);
  return hits;
}
