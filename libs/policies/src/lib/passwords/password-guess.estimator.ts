import {
  MatcherBaseClass,
  ZxcvbnFactory,
  type DictionaryMatch,
  type L33tMatch,
  type Matcher,
  type MatchExtended,
  type MatchOptions,
  type Options,
  type OptionsGraph,
} from '@zxcvbn-ts/core';
import { dictionaryGuesses, guessesToScore, mostGuessableMatchSequence, type ScoringContext } from './guess-sequence.scoring';
import { buildRankedWordIndex, findWords, l33tReadingsOf, type L33tReadings, type RankedWordIndex, type WordHit } from './ranked-word.index';
import { findWordSequences, type SequenceWord } from './word-sequence.matcher';

/**
 * Guess estimation for 第21条第2項 (no guessable passwords): the zxcvbn model, computed by
 * @zxcvbn-ts/core 4.2's date, spatial, sequence, regex and separator matchers; its dictionary,
 * l33t, reverse and word-sequence matchers replaced by one walk over a merged, sorted word list
 * (ranked-word.index.ts); its repeat matcher and its scoring ported to a faster implementation of
 * the same formulas (guess-sequence.scoring.ts). See docs/password-estimator.md for what was slow
 * and what this changes.
 */

/** The word lists and keyboard graphs the estimator uses (loaded by password-dictionaries.loader.ts). */
export interface PasswordDictionarySources {
  /** Ranked lists, most common first, keyed by dictionary name. */
  readonly dictionaries: Readonly<Record<string, readonly string[]>>;
  /** Names of the lists used for word sequences (numbers, months, …) rather than single words. */
  readonly wordSequenceDictionaries: readonly string[];
  readonly graphs: OptionsGraph;
  /** letter → substitutions read as that letter, e.g. a → ['4', '@']. */
  readonly l33tTable: Readonly<Record<string, readonly string[]>>;
}

export interface GuessEstimate {
  readonly guesses: number;
  readonly guessesLog10: number;
  readonly score: 0 | 1 | 2 | 3 | 4;
  /** Patterns of the most guessable reading, e.g. ['dictionary', 'date']. */
  readonly patterns: readonly string[];
}

export interface EstimateOptions {
  /** Words of the person (ids, names, dates) that an attacker would try first. */
  readonly userInputs?: readonly string[];
  /** Year from which year distances are counted; zxcvbn uses the current year. */
  readonly referenceYear?: number;
}

export interface PasswordEstimator {
  estimate(password: string, options?: EstimateOptions): GuessEstimate;
}

/** Reference year when the caller gives none (the year this estimator was calibrated). */
export const DEFAULT_REFERENCE_YEAR = 2026;

/** Longest input the estimator examines, in UTF-16 code units; the caller rejects longer passwords. */
export const ESTIMATOR_MAX_LENGTH = 256;

interface MatcherState {
  main: RankedWordIndex;
  sequences: RankedWordIndex;
  l33tTable: Readonly<Record<string, readonly string[]>>;
  userIndexKey: string;
  userIndex: RankedWordIndex | undefined;
  scoring: ScoringContext;
  /** zxcvbn-ts's Options and Matching, captured from the matchers it constructs and calls. */
  options: Options | undefined;
  omniMatch: MatchOptions['omniMatch'] | undefined;
}

function reverse(text: string): string {
  return text.split('').reverse().join('');
}

function dictionaryMatch(hit: WordHit, i: number, j: number, token: string, reversed: boolean): DictionaryMatch | L33tMatch {
  const l33t = hit.subs.length > 0;
  const match: DictionaryMatch = {
    pattern: 'dictionary',
    i,
    j,
    token,
    matchedWord: hit.word,
    rank: hit.rank,
    dictionaryName: hit.dictionaryName,
    reversed,
    l33t,
  };
  if (l33t) match['subs'] = hit.subs;
  return match;
}

let lastLower = '';
let lastReadings: L33tReadings = [];

/** l33t readings of the last password looked at (three indexes are searched for each password). */
function readingsOf(lower: string, table: MatcherState['l33tTable']): L33tReadings {
  if (lower !== lastLower) {
    lastReadings = l33tReadingsOf(lower, table);
    lastLower = lower;
  }
  return lastReadings;
}

/**
 * Forward (literal and l33t) and reversed (literal) hits, as zxcvbn's three dictionary matchers give.
 * With `bestPerSpan`, of the hits over one span only the one with the fewest guesses is kept: the
 * search minimises a product of match guesses, so the others can never be part of the result.
 */
function matchIndex(
  index: RankedWordIndex,
  password: string,
  table: MatcherState['l33tTable'],
  bestPerSpan: boolean,
): (DictionaryMatch | L33tMatch)[] {
  const lower = password.toLowerCase();
  const n = password.length;
  const all: (DictionaryMatch | L33tMatch)[] = [];
  const best = new Map<number, { hit: WordHit; i: number; j: number; token: string; reversed: boolean; guesses: number }>();
  const consider = (hit: WordHit, reversed: boolean) => {
    const i = reversed ? n - 1 - hit.j : hit.i;
    const j = reversed ? n - 1 - hit.i : hit.j;
    const token = password.slice(i, j + 1);
    if (!bestPerSpan) {
      all.push(dictionaryMatch(hit, i, j, token, reversed));
      return;
    }
    const guesses = dictionaryGuesses(hit.dictionaryName, hit.rank, token, hit.subs, reversed);
    const key = i * (n + 1) + j;
    const current = best.get(key);
    if (!current || guesses < current.guesses) best.set(key, { hit, i, j, token, reversed, guesses });
  };
  for (const hit of findWords(index, lower, readingsOf(lower, table))) {
    // as zxcvbn-ts: single-character l33t readings ('4' as 'a') are noise, not words
    if (hit.subs.length > 0 && hit.j === hit.i) continue;
    consider(hit, false);
  }
  for (const hit of findWords(index, reverse(lower))) consider(hit, true);
  if (!bestPerSpan) return all;
  return [...best.values()].map((b) => dictionaryMatch(b.hit, b.i, b.j, b.token, b.reversed));
}

function userIndexFor(state: MatcherState, options: MatchOptions): RankedWordIndex | undefined {
  const ranked = options.userInputsOptions?.rankedDictionary ?? {};
  const words = Object.keys(ranked).sort((a, b) => (ranked[a] ?? 0) - (ranked[b] ?? 0));
  if (words.length === 0) return undefined;
  const key = words.join('\u0000');
  if (key !== state.userIndexKey) {
    state.userIndexKey = key;
    state.userIndex = buildRankedWordIndex({ userInputs: words });
  }
  return state.userIndex;
}

const noFeedback: Matcher['feedback'] = () => null;
const noScoring: Matcher['scoring'] = () => 0;

/** A matcher that finds nothing: replaces zxcvbn-ts's own l33t and reverse passes. */
class NothingMatcher extends MatcherBaseClass {
  match(): MatchExtended[] {
    return [];
  }
}

const GREEDY_REPEAT = /(.+)\1+/g;
const LAZY_REPEAT = /(.+?)\1+/g;
const LAZY_ANCHORED_REPEAT = /^(.+?)\1+$/;

function customMatchers(state: MatcherState): Record<string, Matcher> {
  class DictionaryMatcher extends MatcherBaseClass {
    constructor(options: Options) {
      super(options);
      state.options = options;
    }

    match(options: MatchOptions): MatchExtended[] {
      state.omniMatch = options.omniMatch;
      const matches = matchIndex(state.main, options.password, state.l33tTable, true);
      const user = userIndexFor(state, options);
      if (user) for (const m of matchIndex(user, options.password, state.l33tTable, true)) matches.push(m);
      return matches;
    }
  }
  class WordSequenceMatcher extends MatcherBaseClass {
    match(options: MatchOptions): MatchExtended[] {
      const words: SequenceWord[] = matchIndex(state.sequences, options.password, state.l33tTable, false).map((m) => ({
        i: m.i,
        j: m.j,
        word: m.matchedWord,
        rank: m.rank,
        dictionaryName: m.dictionaryName,
        reversed: m.reversed,
        l33t: m.l33t,
      }));
      return findWordSequences(words, options.password);
    }
  }
  /** zxcvbn-ts's repeat matcher (aaa, abcabc), scoring the repeated unit with the fast search. */
  class RepeatMatcher extends MatcherBaseClass {
    match(options: MatchOptions): MatchExtended[] {
      const { password } = options;
      const matches: MatchExtended[] = [];
      let lastIndex = 0;
      while (lastIndex < password.length) {
        GREEDY_REPEAT.lastIndex = lastIndex;
        LAZY_REPEAT.lastIndex = lastIndex;
        const greedy = GREEDY_REPEAT.exec(password);
        const lazy = LAZY_REPEAT.exec(password);
        if (!greedy) break;
        let match: RegExpExecArray;
        let baseToken: string;
        if (lazy && greedy[0].length > lazy[0].length) {
          match = greedy;
          baseToken = LAZY_ANCHORED_REPEAT.exec(greedy[0])?.[1] ?? greedy[1] ?? '';
        } else {
          match = lazy ?? greedy;
          baseToken = match[1] ?? '';
        }
        const j = match.index + match[0].length - 1;
        const baseMatches = options.omniMatch.match(baseToken, options.userInputsOptions);
        if (baseMatches instanceof Promise) throw new Error('asynchronous matchers are not supported');
        const baseGuesses = mostGuessableMatchSequence(baseToken, baseMatches, state.scoring).guesses;
        matches.push({
          pattern: 'repeat',
          i: match.index,
          j,
          token: match[0],
          baseToken,
          baseGuesses,
          repeatCount: match[0].length / baseToken.length,
        });
        lastIndex = j + 1;
      }
      return matches;
    }
  }
  const replaced = (Matching: Matcher['Matching']): Matcher => ({ Matching, feedback: noFeedback, scoring: noScoring });
  // Same names as zxcvbn-ts's built-in matchers: a custom matcher replaces the built-in of that name
  // (Matching's constructor assigns custom matchers after its own).
  return {
    dictionary: replaced(DictionaryMatcher),
    dictionaryL33t: replaced(NothingMatcher),
    dictionaryReverse: replaced(NothingMatcher),
    wordSequence: replaced(WordSequenceMatcher),
    repeat: replaced(RepeatMatcher),
  };
}

/** Builds an estimator (≈ 0.3 s: merging and sorting ≈ 270 000 words); build it once and reuse it. */
export function createPasswordEstimator(sources: PasswordDictionarySources): PasswordEstimator {
  const sequenceLists: Record<string, readonly string[]> = {};
  for (const name of sources.wordSequenceDictionaries) sequenceLists[name] = sources.dictionaries[name] ?? [];
  const state: MatcherState = {
    main: buildRankedWordIndex(sources.dictionaries),
    sequences: buildRankedWordIndex(sequenceLists),
    l33tTable: sources.l33tTable,
    userIndexKey: '',
    userIndex: undefined,
    scoring: { graphs: sources.graphs, referenceYear: DEFAULT_REFERENCE_YEAR },
    options: undefined,
    omniMatch: undefined,
  };
  const factory = new ZxcvbnFactory(
    {
      graphs: sources.graphs,
      l33tTable: Object.fromEntries(Object.entries(sources.l33tTable).map(([k, v]) => [k, [...v]])),
      maxLength: ESTIMATOR_MAX_LENGTH,
      useLevenshteinDistance: false,
    },
    customMatchers(state),
  );
  // One check hands our dictionary matcher zxcvbn-ts's Matching (omniMatch), which runs every matcher.
  factory.check('x');
  const options = state.options;
  const omniMatch = state.omniMatch;
  if (!options || !omniMatch) throw new Error('@zxcvbn-ts/core did not call the custom dictionary matcher');

  return {
    estimate(password: string, estimateOptions: EstimateOptions = {}): GuessEstimate {
      const examined = password.slice(0, ESTIMATOR_MAX_LENGTH);
      const userInputsOptions = options.getUserInputsOptions([...(estimateOptions.userInputs ?? [])]);
      const matches = omniMatch.match(examined, userInputsOptions);
      if (matches instanceof Promise) throw new Error('asynchronous matchers are not supported');
      state.scoring = { graphs: sources.graphs, referenceYear: estimateOptions.referenceYear ?? DEFAULT_REFERENCE_YEAR };
      const best = mostGuessableMatchSequence(examined, matches, state.scoring);
      return {
        guesses: best.guesses,
        guessesLog10: best.guessesLog10,
        score: guessesToScore(best.guesses),
        patterns: best.sequence.map((m) => m.pattern),
      };
    },
  };
}
