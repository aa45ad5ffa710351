import fc from 'fast-check';
import { articleExists } from '../articles/articles';
import { isIsoDate } from '../calendar/calendar-date';
import { RULE_CATALOGUE } from '../core/rule-catalogue';
import { codePointLength, hasControlCharacters, INPUT_LIMITS, isBlank, isWellFormedText } from './input-limits';
import { INPUT_MESSAGES } from './input.messages';

/** Any UTF-16 text, lone surrogates included, mixed with well-formed astral characters. */
const anyUtf16 = fc.string({ unit: fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), fc.constantFrom('😀', '𠮷', 'a', '千')) });

describe('art24.inputConstraints (第24条): the shape of input the API accepts', () => {
  it('every INPUT code cites an article that exists, names {field} or lists fields, and belongs to the rule', () => {
    const rule = RULE_CATALOGUE.find((r) => r.id === 'art24.inputConstraints');
    expect(rule?.article).toBe('第24条');
    for (const [code, entry] of Object.entries(INPUT_MESSAGES)) {
      expect(articleExists(entry.article)).toBe(true);
      expect(entry.ja + entry.en).toMatch(/\{field\}|\{fields\}/);
      expect(rule?.codes).toContain(code);
    }
  });

  it('no message has a placeholder for the value entered', () => {
    for (const entry of Object.values(INPUT_MESSAGES)) expect(entry.ja + entry.en).not.toMatch(/\{value\}/);
  });

  it('bounds are consistent', () => {
    expect(new Date(INPUT_LIMITS.earliestInstant).getTime()).toBeLessThan(new Date(INPUT_LIMITS.latestInstant).getTime());
    expect(new Date(INPUT_LIMITS.latestInstant).toISOString()).toBe(INPUT_LIMITS.latestInstant);
    expect(isIsoDate(INPUT_LIMITS.earliestDate) && isIsoDate(INPUT_LIMITS.latestDate)).toBe(true);
    for (const max of [INPUT_LIMITS.maxCardNumber, INPUT_LIMITS.maxName, INPUT_LIMITS.maxReason, INPUT_LIMITS.maxPassword]) {
      expect(max).toBeLessThanOrEqual(INPUT_LIMITS.maxText);
    }
  });
});

describe('codePointLength', () => {
  it.each<[string, number]>([
    ['', 0],
    ['abc', 3],
    ['住基ネット', 5],
    ['😀', 1],
    ['a😀b', 3],
    ['\ud83d', 1],
    ['\ude00\ud83d', 2],
    ['e\u0301', 2],
  ])('%j has %i code points', (text, expected) => {
    expect(codePointLength(text)).toBe(expected);
  });

  it('equals the length of the string iterator for any text', () => {
    fc.assert(
      fc.property(anyUtf16, (text) => {
        expect(codePointLength(text)).toBe([...text].length);
      }),
    );
  });
});

describe('isWellFormedText', () => {
  it.each<[string, boolean]>([
    ['', true],
    ['Chiba 千葉 😀', true],
    ['\ud83d\ude00', true],
    ['\ud83d', false],
    ['\ude00', false],
    ['a\ud83db', false],
    ['\ude00\ud83d', false],
  ])('%j → %s', (text, expected) => {
    expect(isWellFormedText(text)).toBe(expected);
  });

  it('agrees with a UTF-8 round trip for any text', () => {
    fc.assert(
      fc.property(anyUtf16, (text) => {
        const roundTrip = new TextDecoder().decode(new TextEncoder().encode(text));
        expect(isWellFormedText(text)).toBe(roundTrip === text);
      }),
    );
  });
});

describe('hasControlCharacters / isBlank', () => {
  it.each<[string, boolean, boolean]>([
    ['plain text 日本語', false, false],
    ['line\nbreak', true, false],
    ['tab\there', true, false],
    ['nul\u0000', true, true],
    ['bell\u0007', true, true],
    ['del\u007f', true, true],
    ['c1\u0085', true, true],
    ['nbsp\u00a0', false, false],
  ])('%j: any control %s, other than line breaks %s', (text, any, exceptLineBreaks) => {
    expect(hasControlCharacters(text)).toBe(any);
    expect(hasControlCharacters(text, { allowLineBreaks: true })).toBe(exceptLineBreaks);
  });

  it.each<[string, boolean]>([
    ['', true],
    ['  \t\n', true],
    ['\u3000', true],
    [' a ', false],
  ])('%j blank: %s', (text, expected) => {
    expect(isBlank(text)).toBe(expected);
  });
});
