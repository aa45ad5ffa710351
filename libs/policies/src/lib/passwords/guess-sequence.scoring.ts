import type { MatchExtended, OptionsGraph } from '@zxcvbn-ts/core';

/**
 * The zxcvbn "most guessable match sequence" search and per-pattern guess estimates, ported from
 * @zxcvbn-ts/core 4.2 (src/scoring/*.ts and src/matcher/* /scoring.ts, MIT licence, zxcvbn-ts
 * authors) with the same formulas and the same search, but on arrays instead of objects keyed by
 * strings, and without allocating a match object for every brute-force span it tries. The search is
 * O(n² · l) for n characters and l live sequence lengths; on long periodic inputs (128 × "ab") the
 * original spent > 130 ms in it, this port a few ms. Used for 第21条第2項 (no guessable passwords).
 */

const BRUTEFORCE_CARDINALITY = 10;
const MIN_GUESSES_BEFORE_GROWING_SEQUENCE = 10000;
const MIN_SUBMATCH_GUESSES_SINGLE_CHAR = 10;
const MIN_SUBMATCH_GUESSES_MULTI_CHAR = 50;
const MIN_YEAR_SPACE = 21;
const SEPARATOR_CHAR_COUNT = 10;
/** zxcvbn's score thresholds (guesses): below 10³ → 0, 10⁶ → 1, 10⁸ → 2, 10¹⁰ → 3, else 4. */
const SCORE_THRESHOLDS = [1e3, 1e6, 1e8, 1e10] as const;
const SCORE_DELTA = 5;

const START_UPPER = /^[A-Z\xbf-\xdf][^A-Z\xbf-\xdf]+$/;
const END_UPPER = /^[^A-Z\xbf-\xdf]+[A-Z\xbf-\xdf]$/;
const ALL_UPPER_INVERTED = /^[^a-z\xdf-\xff]+$/;
const ALL_LOWER_INVERTED = /^[^A-Z\xbf-\xdf]+$/;
const ONE_LOWER = /[a-z\xdf-\xff]/;
const ONE_UPPER = /[A-Z\xbf-\xdf]/;
const ALPHA_INVERTED = /[^A-Za-z\xbf-\xdf]/gi;

export interface ScoringContext {
  /** Keyboard graphs, as given to the matchers. */
  readonly graphs: OptionsGraph;
  /** Year from which year distances are counted (zxcvbn uses the current year). */
  readonly referenceYear: number;
}

export interface MostGuessableSequence {
  readonly guesses: number;
  readonly guessesLog10: number;
  /** Pattern and span of each match of the most guessable reading, in order. */
  readonly sequence: readonly { readonly pattern: string; readonly i: number; readonly j: number }[];
}

export function log10(n: number): number {
  return n === 0 ? 0 : Math.log(n) / Math.LN10;
}

export function nCk(n: number, k: number): number {
  let count = n;
  if (k > count) return 0;
  if (k === 0) return 1;
  let coefficient = 1;
  for (let i = 1; i <= k; i += 1) {
    coefficient *= count;
    coefficient /= i;
    count -= 1;
  }
  return coefficient;
}

export function factorial(n: number): number {
  let value = 1;
  for (let i = 2; i <= n; i += 1) value *= i;
  return value;
}

export function guessesToScore(guesses: number): 0 | 1 | 2 | 3 | 4 {
  const [s0, s1, s2, s3] = SCORE_THRESHOLDS;
  if (guesses < s0 + SCORE_DELTA) return 0;
  if (guesses < s1 + SCORE_DELTA) return 1;
  if (guesses < s2 + SCORE_DELTA) return 2;
  if (guesses < s3 + SCORE_DELTA) return 3;
  return 4;
}

function uppercaseVariations(word: string): number {
  const cleaned = word.replace(ALPHA_INVERTED, '');
  if (ALL_LOWER_INVERTED.test(cleaned) || cleaned.toLowerCase() === cleaned) return 1;
  if (START_UPPER.test(cleaned) || END_UPPER.test(cleaned) || ALL_UPPER_INVERTED.test(cleaned)) return 2;
  let upper = 0;
  let lower = 0;
  for (const char of cleaned.split('')) {
    if (ONE_UPPER.test(char)) upper += 1;
    if (ONE_LOWER.test(char)) lower += 1;
  }
  let variations = 0;
  for (let i = 1; i <= Math.min(upper, lower); i += 1) variations += nCk(upper + lower, i);
  return variations;
}

function countSubstring(text: string, sub: string): number {
  let count = 0;
  let pos = text.indexOf(sub);
  while (pos >= 0) {
    count += 1;
    pos = text.indexOf(sub, pos + sub.length);
  }
  return count;
}

interface Substitution {
  readonly letter: string;
  readonly substitution: string;
}

function l33tVariations(token: string, subs: readonly Substitution[]): number {
  const lower = token.toLowerCase();
  let variations = 1;
  for (const sub of subs) {
    const subbed = countSubstring(lower, sub.substitution);
    const unsubbed = countSubstring(lower, sub.letter);
    if (subbed === 0 || unsubbed === 0) {
      variations *= 2;
    } else {
      let possibilities = 0;
      for (let i = 1; i <= Math.min(unsubbed, subbed); i += 1) possibilities += nCk(unsubbed + subbed, i);
      variations *= possibilities;
    }
  }
  return variations;
}

interface GraphStats {
  readonly startingPositions: number;
  readonly averageDegree: number;
}

const graphStatsCache = new WeakMap<object, GraphStats>();

function graphStats(graph: Readonly<Record<string, readonly (string | null)[]>>): GraphStats {
  let stats = graphStatsCache.get(graph);
  if (!stats) {
    const keys = Object.keys(graph);
    let degree = 0;
    for (const key of keys) degree += (graph[key] ?? []).filter((n) => !!n).length;
    stats = { startingPositions: keys.length, averageDegree: degree / keys.length };
    graphStatsCache.set(graph, stats);
  }
  return stats;
}

function spatialGuesses(match: MatchExtended, context: ScoringContext): number {
  const graph = context.graphs[match['graph'] as string];
  if (!graph) return 0;
  const { startingPositions, averageDegree } = graphStats(graph);
  const turns = match['turns'] as number;
  const length = match.token.length;
  let guesses = 0;
  for (let i = 2; i <= length; i += 1) {
    const possibleTurns = Math.min(turns, i - 1);
    for (let j = 1; j <= possibleTurns; j += 1) guesses += nCk(i - 1, j - 1) * startingPositions * averageDegree ** j;
  }
  const shifted = (match['shiftedCount'] as number | undefined) ?? 0;
  if (shifted) {
    const unshifted = length - shifted;
    if (unshifted === 0) {
      guesses *= 2;
    } else {
      let variations = 0;
      for (let i = 1; i <= Math.min(shifted, unshifted); i += 1) variations += nCk(shifted + unshifted, i);
      guesses *= variations;
    }
  }
  return Math.round(guesses);
}

function sequenceGuesses(match: MatchExtended): number {
  const first = match.token.charAt(0);
  let base: number;
  if (['a', 'A', 'z', 'Z', '0', '1', '9'].includes(first)) base = 4;
  else if (/\d/.test(first)) base = 10;
  else base = 26;
  if (!match['ascending']) base *= 2;
  return base * match.token.length;
}

function bruteforceGuesses(length: number): number {
  let guesses = BRUTEFORCE_CARDINALITY ** length;
  if (guesses === Number.POSITIVE_INFINITY) guesses = Number.MAX_VALUE;
  const min = length === 1 ? MIN_SUBMATCH_GUESSES_SINGLE_CHAR + 1 : MIN_SUBMATCH_GUESSES_MULTI_CHAR + 1;
  return Math.max(guesses, min);
}

/** Guesses of a dictionary match: rank × capitalisations × l33t readings × 2 if reversed. */
export function dictionaryGuesses(
  dictionaryName: string,
  rank: number,
  token: string,
  subs: readonly Substitution[],
  reversed: boolean,
): number {
  if (dictionaryName === 'diceware') return 6 ** 5 / 2;
  const l33t = subs.length > 0 ? l33tVariations(token, subs) : 1;
  return rank * uppercaseVariations(token) * l33t * (reversed ? 2 : 1);
}

const REGEX_CHAR_CLASS_BASES: Readonly<Record<string, number>> = {
  alphaLower: 26,
  alphaUpper: 26,
  alpha: 52,
  alphanumeric: 62,
  digits: 10,
  symbols: 33,
};

/** Guesses of one match as zxcvbn-ts 4.2 estimates them (before the sub-match minimum). */
export function patternGuesses(match: MatchExtended, context: ScoringContext): number {
  switch (match.pattern) {
    case 'bruteforce':
      return bruteforceGuesses(match.token.length);
    case 'dictionary': {
      const subs = match['l33t'] ? ((match['subs'] ?? []) as readonly Substitution[]) : [];
      return dictionaryGuesses(match['dictionaryName'] as string, match['rank'] as number, match.token, subs, !!match['reversed']);
    }
    case 'date': {
      const yearSpace = Math.max(Math.abs((match['year'] as number) - context.referenceYear), MIN_YEAR_SPACE);
      return yearSpace * 365 * (match['separator'] ? 4 : 1);
    }
    case 'regex': {
      const name = match['regexName'] as string;
      const base = REGEX_CHAR_CLASS_BASES[name];
      if (base !== undefined) return base ** match.token.length;
      if (name === 'recentYear') {
        const year = parseInt((match['regexMatch'] as string[])[0] ?? '', 10);
        return Math.max(Math.abs(year - context.referenceYear), MIN_YEAR_SPACE);
      }
      return 0;
    }
    case 'repeat':
      return (match['baseGuesses'] as number) * (match['repeatCount'] as number);
    case 'sequence':
      return sequenceGuesses(match);
    case 'spatial':
      return spatialGuesses(match, context);
    case 'separator':
      return SEPARATOR_CHAR_COUNT;
    case 'wordSequence': {
      const count = match['wordCount'] as number;
      return factorial(count) * 2 ** (count - 2);
    }
    default:
      return 0;
  }
}

function matchGuesses(match: MatchExtended, passwordLength: number, context: ScoringContext): number {
  let min = 1;
  if (match.token.length < passwordLength) {
    min = match.token.length === 1 ? MIN_SUBMATCH_GUESSES_SINGLE_CHAR : MIN_SUBMATCH_GUESSES_MULTI_CHAR;
  }
  return Math.max(patternGuesses(match, context), min);
}

/** A cell of the search: the last match of a best sequence of some length ending at some position. */
interface Cell {
  /** The match (undefined for a brute-force span, which is kept as i only). */
  readonly match: MatchExtended | undefined;
  readonly i: number;
  readonly guessesProduct: number;
  readonly total: number;
}

/**
 * The non-overlapping reading of `password` with the fewest guesses, minimising
 * `l! · Π guesses + D^(l−1)` over sequences of l matches, gaps filled by brute force.
 */
export function mostGuessableMatchSequence(
  password: string,
  matches: readonly MatchExtended[],
  context: ScoringContext,
  excludeAdditive = false,
): MostGuessableSequence {
  const n = password.length;
  if (n === 0) return { guesses: 1, guessesLog10: 0, sequence: [] };

  const byEnd: MatchExtended[][] = Array.from({ length: n }, () => []);
  for (const m of matches) byEnd[m.j]?.push(m);
  for (const list of byEnd) list.sort((a, b) => a.i - b.i);

  // best[k][l]: best length-l sequence covering password[0..k]; lengths[k]: the l present, ascending
  const best: (Cell | undefined)[][] = Array.from({ length: n }, () => []);
  const factorials: number[] = [1];
  for (let l = 1; l <= n + 1; l++) factorials.push((factorials[l - 1] as number) * l);
  const additive: number[] = [];
  for (let l = 0; l <= n + 1; l++) additive.push(excludeAdditive ? 0 : MIN_GUESSES_BEFORE_GROWING_SEQUENCE ** (l - 1));

  const update = (k: number, i: number, match: MatchExtended | undefined, guesses: number, l: number): void => {
    let pi = guesses;
    if (l > 1) pi *= (best[i - 1]?.[l - 1] as Cell).guessesProduct;
    const g = (factorials[l] as number) * pi + (additive[l] as number);
    const competing = best[k] as (Cell | undefined)[];
    const upTo = Math.min(l, competing.length - 1);
    for (let c = 1; c <= upTo; c++) {
      const cell = competing[c];
      if (cell !== undefined && cell.total <= g) return;
    }
    competing[l] = { match, i, guessesProduct: pi, total: g };
  };

  const bruteforce = new Array<number>(n + 1);
  for (let len = 1; len <= n; len++) {
    bruteforce[len] = Math.max(bruteforceGuesses(len), len < n ? (len === 1 ? MIN_SUBMATCH_GUESSES_SINGLE_CHAR : MIN_SUBMATCH_GUESSES_MULTI_CHAR) : 1);
  }

  for (let k = 0; k < n; k++) {
    // of several matches over the same span only the one with the fewest guesses can be part of the
    // best sequence (the objective is monotone in each match's guesses): keep that one
    const ending = byEnd[k] as MatchExtended[];
    const spanBest: { match: MatchExtended; guesses: number }[] = [];
    for (const m of ending) {
      const guesses = matchGuesses(m, n, context);
      const last = spanBest[spanBest.length - 1];
      if (last && last.match.i === m.i) {
        if (guesses < last.guesses) spanBest[spanBest.length - 1] = { match: m, guesses };
      } else {
        spanBest.push({ match: m, guesses });
      }
    }
    for (const { match: m, guesses } of spanBest) {
      if (m.i > 0) {
        const previous = best[m.i - 1] as (Cell | undefined)[];
        for (let l = 1; l < previous.length; l++) if (previous[l] !== undefined) update(k, m.i, m, guesses, l + 1);
      } else {
        update(k, 0, m, guesses, 1);
      }
    }
    // brute force over [0..k], then over [i..k] after every sequence ending at i − 1 in a match
    update(k, 0, undefined, bruteforce[k + 1] as number, 1);
    for (let i = 1; i <= k; i++) {
      const guesses = bruteforce[k - i + 1] as number;
      const previous = best[i - 1] as (Cell | undefined)[];
      for (let l = 1; l < previous.length; l++) {
        const cell = previous[l];
        if (cell !== undefined && cell.match !== undefined) update(k, i, undefined, guesses, l + 1);
      }
    }
  }

  // unwind from the end along the best final length
  const last = best[n - 1] as (Cell | undefined)[];
  let length = 0;
  let total = Number.POSITIVE_INFINITY;
  for (let l = 1; l < last.length; l++) {
    const cell = last[l];
    if (cell !== undefined && cell.total < total) {
      total = cell.total;
      length = l;
    }
  }
  const sequence: { pattern: string; i: number; j: number }[] = [];
  let k = n - 1;
  let l = length;
  while (k >= 0 && l > 0) {
    const cell = best[k]?.[l] as Cell;
    sequence.unshift({ pattern: cell.match?.pattern ?? 'bruteforce', i: cell.i, j: k });
    k = cell.i - 1;
    l -= 1;
  }
  return { guesses: total, guessesLog10: log10(total), sequence };
}
