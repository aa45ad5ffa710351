import { birthDateVariants } from './birth-date.variants';
import { hasDate, hasKeyboardRun, hasRepetition, hasSequence } from './password-patterns.detector';
import { foldForComparison } from './password-text.util';

const fold = foldForComparison;

describe('keyboard runs (第21条第2項: 規則性のある記号及び番号)', () => {
  it.each([
    ['qwer', true],
    ['REWQ', true],
    ['asdf', true],
    ['zxcv', true],
    ['1234', true],
    ['0987', true],
    ['!@#$', true],
    ['1qaz2wsx', true],
    ['zaq1', true],
    ['7894', true], // numeric keypad rows
    ['2580', true], // keypad middle column
    ['3690', true], // phone keypad column
    ['0963', true],
    ['741852', true],
    ['@[;:', false],
    ['op@[', true], // JIS: o p @ [
    ['l;:]', true], // JIS home row
    ['ぬふあう', true], // JIS kana layout
    ['ちとしは', true],
    ['ｑｗｅｒ', true], // full width, after NFKC
    ['qwe', false],
    ['qwas', false],
    ['correct', false],
    ['plmo', false],
  ])('%s → %s', (text, expected) => {
    expect(hasKeyboardRun(fold(text), 4)).toBe(expected);
  });

  it('honours the profile length', () => {
    expect(hasKeyboardRun(fold('xqwex'), 3)).toBe(true);
    expect(hasKeyboardRun(fold('xqwerx'), 5)).toBe(false);
    expect(hasKeyboardRun(fold('xqwertx'), 5)).toBe(true);
  });
});

describe('repeated characters or chunks', () => {
  it.each([
    ['aaaa', true],
    ['xaaaay', true],
    ['aaa', false],
    ['abab', true],
    ['abcabc', true],
    ['abca', false],
    ['passwordpassword', true],
    ['ああああ', true],
    ['アイアイ', true],
    ['ab12ab', false],
    ['coffee', false],
    ['1212', true],
  ])('%s → %s', (text, expected) => {
    expect(hasRepetition(fold(text), 4)).toBe(expected);
  });
});

describe('sequential characters', () => {
  it.each([
    ['abcd', true],
    ['DCBA', true],
    ['1234', true],
    ['9876', true],
    ['xyz', false],
    ['abce', false],
    ['あいうえ', true],
    ['アイウエ', true],
    ['ｱｲｳｴ', true], // half-width katakana → あいうえ
    ['かきくけ', true],
    ['いろはに', true],
    ['ＡＢＣＤ', true],
    ['aceg', false],
    ['abcba', false],
  ])('%s → %s', (text, expected) => {
    expect(hasSequence(fold(text), 4)).toBe(expected);
  });
});

describe('dates (any date, not only the birth date)', () => {
  it.each([
    ['20240101', true],
    ['x19991231y', true],
    ['01012024', true],
    ['12312024', true],
    ['240101', true],
    ['2024-1-1', true],
    ['1/1/24', true],
    ['31.12.1999', true],
    ['2024年1月1日', true],
    ['1月1日', true],
    ['平成元年6月12日', true],
    ['令和6年1月1日', true],
    ['H1.6.12', true],
    ['s600612', true],
    ['R3.4.1', true],
    ['20241301', false], // month 13
    ['20230229', false], // not a leap year
    ['12345678', false],
    ['1234567', false],
    ['1.2.3', false],
    ['99-99-99', false],
    ['13月1日', false],
    ['versions1.2.3', false],
  ])('%s → %s', (text, expected) => {
    expect(hasDate(fold(text))).toBe(expected);
  });
});

describe('birth-date formats', () => {
  it.each([
    ['1985-06-12', ['19850612', '850612', '0612', '1206', '1985-6-12', '12/06/1985', '6.12.85', '1985年6月12日', '6月12日', 's60.6.12', 's60.06.12', 's600612', '昭和60年6月12日', '85 06 12']],
    ['1989-06-12', ['h1.6.12', 'h01.06.12', '平成元年6月12日', '平成1年6月12日', '19890612']],
    ['2021-04-01', ['r3.4.1', 'r03.04.01', '令和3年4月1日', '20210401', '0104', '0401', '4/1/21']],
    ['1926-12-25', ['s1.12.25', '昭和元年12月25日']],
    ['1926-12-24', ['t15.12.24', '大正15年12月24日']],
  ])('%s is written as %j', (birthDate, expected) => {
    const variants = birthDateVariants(birthDate);
    for (const v of expected) expect(variants).toContain(v);
  });

  it('skips forms shorter than four characters', () => {
    const variants = birthDateVariants('2001-02-03');
    expect(variants).not.toContain('23');
    expect(variants).not.toContain('2/3');
    expect(variants).toContain('0203');
    expect(variants.every((v) => [...v].length >= 4)).toBe(true);
  });

  it('refuses a date that does not exist', () => {
    expect(() => birthDateVariants('1985-02-30')).toThrow(RangeError);
  });
});
