import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary } from '@zxcvbn-ts/language-en';
import { dictionary as japaneseDictionary } from '@zxcvbn-ts/language-ja';
import { createPasswordEstimator, type PasswordDictionarySources, type PasswordEstimator } from './password-guess.estimator';

/**
 * The only module that imports the word lists (≈ 3 MB of @zxcvbn-ts language data), kept apart so that
 * a browser can `import()` it lazily for a live strength meter (第21条第2項). Everything else in
 * libs/policies/src/lib/passwords works with an injected estimator.
 */

/** zxcvbn-ts's l33t table (data/l33tTable.ts of @zxcvbn-ts/core 4.2). */
export const L33T_TABLE: Readonly<Record<string, readonly string[]>> = {
  a: ['4', '@'],
  b: ['8'],
  c: ['(', '{', '[', '<'],
  d: ['6', '|)'],
  e: ['3'],
  f: ['#'],
  g: ['6', '9', '&'],
  h: ['#', '|-|'],
  i: ['1', '!', '|'],
  k: ['<', '|<'],
  l: ['!', '1', '|', '7'],
  m: ['^^', 'nn', '2n', '/\\\\/\\\\'],
  n: ['//'],
  o: ['0', '()'],
  q: ['9'],
  u: ['|_|'],
  s: ['$', '5'],
  t: ['+', '7'],
  v: ['<', '>', '/'],
  w: ['^/', 'uu', 'vv', '2u', '2v', '\\\\/\\\\/'],
  x: ['%', '><'],
  z: ['2'],
};

/** Common passwords and diceware words, English and Japanese (romaji) words, names and Wikipedia terms. */
export function loadPasswordDictionarySources(): PasswordDictionarySources {
  const dictionaries: Record<string, readonly string[]> = {
    ...commonDictionary,
    ...englishDictionary,
    ...japaneseDictionary,
  };
  const wordSequenceDictionaries = Object.keys(englishDictionary).filter((name) =>
    /^(cardinalNumbers|ordinalNumbers|daysOfWeek|months|seasons|timePeriods|rainbowColors|directions|intermediateDirections|sizeProgression|militaryAlphabet|planets|zodiacSigns|chineseZodiac)-/.test(
      name,
    ),
  );
  return { dictionaries, wordSequenceDictionaries, graphs: adjacencyGraphs, l33tTable: L33T_TABLE };
}

let defaultEstimator: PasswordEstimator | undefined;

/** The estimator over the bundled word lists, built on first use and then shared. */
export function defaultPasswordEstimator(): PasswordEstimator {
  defaultEstimator ??= createPasswordEstimator(loadPasswordDictionarySources());
  return defaultEstimator;
}
