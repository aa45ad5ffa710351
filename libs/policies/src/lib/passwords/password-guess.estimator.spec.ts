import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary, translations } from '@zxcvbn-ts/language-en';
import { dictionary as japaneseDictionary } from '@zxcvbn-ts/language-ja';
import fc from 'fast-check';
import { defaultPasswordEstimator } from './password-dictionaries.loader';
import { ESTIMATOR_MAX_LENGTH } from './password-guess.estimator';

/**
 * The fast estimator must stay honest (第21条第2項): against the unmodified @zxcvbn-ts/core 4.2 with the
 * same dictionaries it may find more ways to guess a password (every l33t reading, user inputs inside
 * repeats), never fewer, so its guesses are never higher.
 */
const estimator = defaultPasswordEstimator();
const reference = new ZxcvbnFactory({
  dictionary: { ...commonDictionary, ...englishDictionary, ...japaneseDictionary },
  graphs: adjacencyGraphs,
  translations,
});
// zxcvbn-ts counts year distances from the clock's year: compare on the same year
const referenceYear = new Date().getFullYear();
const TOLERANCE_LOG10 = 1e-9;

const CORPUS = [
  'password',
  'Password1!',
  'p@ssw0rd',
  'P@$$w0rd2024',
  'iloveyou',
  'qwerty123',
  'letmein!',
  'dragon',
  'monkey12345',
  'Tr0ub4dor&3',
  'correcthorsebatterystaple',
  'correct horse battery staple',
  'sakura2024tokyo',
  'yamadataro1985',
  'tanaka-hanako-0612',
  'suzukiichiro',
  'konnichiwa123',
  'arigatougozaimasu',
  'Summer2019!',
  'winter-is-coming',
  '12/25/1985abc',
  '1985-06-12taro',
  'onetwothreefour',
  'januaryfebruarymarch',
  'mondaytuesday',
  'qwertyuiop1234',
  '1qaz2wsx3edc',
  'zxcvbnm,./',
  'aaaaaaaaaaaa',
  'abcabcabcabc',
  'abcdefghijk',
  '9876543210',
  'kq8#Lm2!vZ9pQ7',
  'xK9#mQ2$vL7&',
  'zY7$kP2m#qW9',
  'G7x!pR2#mK9z',
  'Monkey!Banana?Tree',
  'blue-elephant-dances',
  'my cat is called mittens',
  'D0ct0rWh0',
  'n1nj4turtl3',
  '$uperm4n',
  'b4tm4nb3g1ns',
  'h3ll0w0rld',
  'l0v3ly',
  'c0mput3r',
  '|<1773n',
  '()penSesame',
  'PaSsWoRd',
  'PASSWORD123',
  'drowssap',
  'nimda321',
  'tokyo2020olympics',
  'osaka-kyoto-nara',
  'fujisan3776',
  'ramen-sushi-tempura',
  'shinkansen',
  'hiroshi1966',
  'Haruki_Murakami',
  'S60.6.12',
  'H1.6.12-birthday',
  '20240101',
  '01/01/2024',
  'Ab1!Ab1!Ab1!',
  'x'.repeat(40),
  'passwordpasswordpassword',
  'P@ssw0rdP@ssw0rdP@ssw0rd',
  'correcthorsebatterystaplecorrecthorse!',
];

describe('the fast estimator against unmodified @zxcvbn-ts/core 4.2', () => {
  it.each(CORPUS.map((pw) => [pw]))('%s: never more guesses than the reference', (password) => {
    const ours = estimator.estimate(password, { referenceYear });
    const theirs = reference.check(password);
    expect(ours.guessesLog10).toBeLessThanOrEqual(theirs.guessesLog10 + TOLERANCE_LOG10);
    expect(ours.score).toBeLessThanOrEqual(theirs.score);
  });

  it('agrees with the reference score on nearly the whole corpus (it is not merely pessimistic)', () => {
    const differing = CORPUS.filter((pw) => estimator.estimate(pw, { referenceYear }).score !== reference.check(pw).score);
    expect(differing.length).toBeLessThanOrEqual(Math.floor(CORPUS.length * 0.05));
  });

  it('with user inputs, never more guesses than the reference', () => {
    const inputs = ['yamada.taro', 'yamadataro', '山田', 'やまだ', 'ヤマダ', 'taro', '19850612', '0612', '1985'];
    for (const password of ['yamadataro!!', 'Taro0612Taro', 'やまだ1985やまだ', 'xXyamada.taroXx', 'taro1985taro1985']) {
      const ours = estimator.estimate(password, { userInputs: inputs, referenceYear });
      const theirs = reference.check(password, inputs);
      expect(ours.guessesLog10).toBeLessThanOrEqual(theirs.guessesLog10 + TOLERANCE_LOG10);
    }
  });

  it('never gives more guesses than the reference for generated passwords', () => {
    const alphabet = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%&*-_. 4301|<()'];
    const pieces = fc.oneof(
      fc.constantFrom('pass', 'word', 'love', 'dragon', 'sakura', 'taro', 'p@ss', 'l0ve', '1985', '0612', 'qwer', 'asdf', '2024', 'abc', 'aaa'),
      fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 5 }), (parts) => {
        const password = parts.join('').slice(0, 24);
        const ours = estimator.estimate(password, { referenceYear });
        const theirs = reference.check(password);
        expect(ours.guessesLog10).toBeLessThanOrEqual(theirs.guessesLog10 + TOLERANCE_LOG10);
      }),
      { numRuns: 60 },
    );
  });
});

describe('weak passwords stay weak however long', () => {
  it.each([
    ['passwordpasswordpasswordpasswordpasswordpasswordpasswordpassword'],
    ['p@ssw0rdp@ssw0rdp@ssw0rdp@ssw0rdp@ssw0rdp@ssw0rdp@ssw0rdp@ssw0rd'],
    ['iloveyouiloveyouiloveyouiloveyou'],
    ['qwertyqwertyqwertyqwertyqwertyqwerty'],
    ['123456789012345678901234567890123456789012345678901234567890'],
    ['a'.repeat(128)],
    ['ab'.repeat(64)],
    ['iloveyou'.repeat(16)],
    ['onetwothreefourfive'],
  ])('%s scores at most 2', (password) => {
    expect(estimator.estimate(password).score).toBeLessThanOrEqual(2);
  });

  it('a dictionary word with l33t substitutions scores as the word', () => {
    expect(estimator.estimate('p4$$w0rd').score).toBe(0);
    expect(estimator.estimate('|<1773n').score).toBeLessThanOrEqual(1);
  });

  it('finds every l33t reading, where zxcvbn-ts stops after 100', () => {
    // 'l33t' readings of the word repeated: the reference explores only the first 100 readings
    const password = '1!|1!|p4$$w0rdp4$$w0rd';
    const ours = estimator.estimate(password, { referenceYear });
    expect(ours.guessesLog10).toBeLessThanOrEqual(reference.check(password).guessesLog10 + TOLERANCE_LOG10);
  });

  it('a person’s data as user inputs lowers the estimate', () => {
    const without = estimator.estimate('yamadataro0612');
    const withInputs = estimator.estimate('yamadataro0612', { userInputs: ['yamadataro', '0612'] });
    expect(withInputs.guessesLog10).toBeLessThan(without.guessesLog10);
  });
});

// The estimator's speed is measured by `npm run bench:policies` (worst adversarial inputs included), never
// asserted here: a test must not depend on how busy the machine is. What bounds its cost is asserted.
describe('bounded cost', () => {
  it('examines only the first ESTIMATOR_MAX_LENGTH characters: anything after them changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ minLength: ESTIMATOR_MAX_LENGTH, maxLength: ESTIMATOR_MAX_LENGTH + 40 }), fc.string({ minLength: 1, maxLength: 40 }), (head, tail) => {
        const capped = head.slice(0, ESTIMATOR_MAX_LENGTH);
        expect(estimator.estimate(head + tail)).toEqual(estimator.estimate(capped));
      }),
      { numRuns: 15 },
    );
  });

  it.each([
    ['long l33t', '4@3!1$0+'.repeat(16)],
    ['periodic', 'ab'.repeat(64)],
    ['random digits', '29141777631706690743'.repeat(7).slice(0, 128)],
  ])('%s input of 128 characters (adversarial for zxcvbn) is estimated to a finite, positive number of guesses', (_name, password) => {
    const estimate = estimator.estimate(password);
    expect(Number.isFinite(estimate.guessesLog10)).toBe(true);
    expect(estimate.guessesLog10).toBeGreaterThan(0);
    expect(estimate.patterns.length).toBeGreaterThan(0);
  });
});
