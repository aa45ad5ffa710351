import { profileWith } from '../../testing';
import fc from 'fast-check';
import { formatIsoDate } from '../calendar/calendar-date';
import { articleExists } from '../articles/articles';
import { CHIBA_PROFILE_HISTORY } from '../profiles/profile-history';
import { birthDateVariants } from './birth-date.variants';
import { KEYBOARD_RUNS } from './keyboard-layouts.data';
import type { PasswordContext } from './password-strength.evaluator';
import { checkPasswordStrength } from './password-strength.rule';
import { foldForComparison } from './password-text.util';

const PERSON: PasswordContext = {
  userId: 'yamada.taro',
  idCardNumber: 'C-20481937',
  names: ['山田 太郎', 'やまだ たろう', 'ヤマダ タロウ', 'Yamada Taro'],
  birthDate: '1985-06-12',
};

const codes = (password: string, context: PasswordContext = PERSON, profile = undefined) =>
  checkPasswordStrength(password, context, profile).violations.map((v) => v.code);

describe('checkPasswordStrength (第21条第2項)', () => {
  it.each([
    ['correct horse battery staple'],
    ['blue-elephant-dances-at-noon'],
    ['my cat is called mittens'],
    ['Tr0ub4dor&3xyzmnb'],
    ['kq8#Lm2!vZ9pQ7'],
    ['ゆきだるまがとけてしまったよ'],
    ['ねこがすき、いぬもすき'.repeat(1) + '？'],
    ['一期一会を大切にする春の日'],
  ])('accepts %s', (password) => {
    const r = checkPasswordStrength(password, PERSON);
    expect(r.violations).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.score).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['short', 'Ab1!xyz', ['PASSWORDS.TOO_SHORT']],
    ['common password', 'password1234', ['PASSWORDS.TOO_GUESSABLE']],
    ['user id', 'yamada.taro!rules-ok', ['PASSWORDS.CONTAINS_USER_ID']],
    ['user id without its dot', 'iamyamadataro*&%$', ['PASSWORDS.CONTAINS_USER_ID']],
    ['ID card number', 'mycard c-20481937 xyz', ['PASSWORDS.CONTAINS_ID_CARD_NUMBER']],
    ['ID card number, digits only', 'mycard20481937xyz', ['PASSWORDS.CONTAINS_ID_CARD_NUMBER']],
    ['name in kanji', '山田は春の海を見た', ['PASSWORDS.CONTAINS_NAME']],
    ['name in hiragana given as katakana', 'たろうの冒険はつづくよ', ['PASSWORDS.CONTAINS_NAME']],
    ['name in half-width katakana', 'ﾀﾛｳのぼうけんはつづくよ', ['PASSWORDS.CONTAINS_NAME']],
    ['name in romaji, any case', 'Hello TARO my friend!', ['PASSWORDS.CONTAINS_NAME']],
    ['birth date YYYYMMDD', 'cat19850612dog!', ['PASSWORDS.CONTAINS_BIRTH_DATE', 'PASSWORDS.CONTAINS_DATE']],
    ['birth date MMDD', 'river0612stone!', ['PASSWORDS.CONTAINS_BIRTH_DATE']],
    ['birth date era', 'S60.6.12 riverstone', ['PASSWORDS.CONTAINS_BIRTH_DATE', 'PASSWORDS.CONTAINS_DATE']],
    ['birth date kanji era', '昭和60年6月12日生まれの川', ['PASSWORDS.CONTAINS_BIRTH_DATE', 'PASSWORDS.CONTAINS_DATE']],
    ['keyboard run', 'horse-qwer-battery', ['PASSWORDS.KEYBOARD_RUN']],
    ['reversed keyboard run', 'horse-rewq-battery', ['PASSWORDS.KEYBOARD_RUN']],
    ['repeated chunk', 'horse-xyxyx-battery', ['PASSWORDS.REPEATED_CHARACTERS']],
    ['repeated character', 'horse-mmmm-battery', ['PASSWORDS.REPEATED_CHARACTERS']],
    ['sequence', 'horse-lmno-battery', ['PASSWORDS.SEQUENTIAL_CHARACTERS']],
    ['kana sequence', 'かきくけ-horse-battery', ['PASSWORDS.SEQUENTIAL_CHARACTERS']],
    ['another date', 'horse 2019/4/30 battery', ['PASSWORDS.CONTAINS_DATE']],
  ])('rejects %s: %s', (_why, password, expected) => {
    expect(codes(password)).toEqual(expect.arrayContaining(expected));
    expect(checkPasswordStrength(password, PERSON).ok).toBe(false);
  });

  it('returns every violation, not the first', () => {
    const found = codes('taro0612');
    expect(found).toEqual(
      expect.arrayContaining(['PASSWORDS.TOO_SHORT', 'PASSWORDS.TOO_GUESSABLE', 'PASSWORDS.CONTAINS_NAME', 'PASSWORDS.CONTAINS_BIRTH_DATE']),
    );
  });

  it('each violation cites 第21条第2項 in Japanese and English, without any part of the password', () => {
    const password = 'taro0612qwer';
    const r = checkPasswordStrength(password, PERSON);
    expect(r.violations.length).toBeGreaterThan(0);
    for (const v of r.violations) {
      expect(v.article).toBe('第21条第2項');
      expect(articleExists(v.article)).toBe(true);
      expect(v.ruleId).toBe('art21.passwordStrength');
      expect(v.message.ja.length).toBeGreaterThan(0);
      expect(v.message.en.length).toBeGreaterThan(0);
      expect(v.message.ja).not.toMatch(/\{\w+\}/);
      for (const text of [v.message.ja, v.message.en, JSON.stringify(v.params)]) {
        expect(text).not.toContain('taro0612');
        expect(text).not.toContain('0612q');
      }
    }
  });

  describe('length, in code points after NFKC', () => {
    it('counts code points, not UTF-16 units: 12 emoji are 12 characters', () => {
      expect(codes('😀🐱🌸🍣🗻🎌🚄⛩🍵🎎🏯🦊', {})).not.toContain('PASSWORDS.TOO_SHORT');
      expect(codes('😀🐱🌸🍣🗻🎌🚄⛩🍵🎎🏯', {})).toContain('PASSWORDS.TOO_SHORT');
    });

    it.each([
      [11, true, false],
      [12, false, false],
      [128, false, false],
      [129, false, true],
    ])('%i characters: too short %s, too long %s', (length, short, long) => {
      const pool = 'vq7Kx2#mZr9!Lp4&';
      let password = '';
      while ([...password].length < length) password += pool[[...password].length % pool.length] as string;
      const found = codes(password, {});
      expect(found.includes('PASSWORDS.TOO_SHORT')).toBe(short);
      expect(found.includes('PASSWORDS.TOO_LONG')).toBe(long);
    });

    it('a password that is too long is rejected, not truncated, even when huge', () => {
      const huge = 'vq7Kx2#mZr9!Lp4&'.repeat(100_000);
      const r = checkPasswordStrength(huge, {});
      expect(r.ok).toBe(false);
      expect(r.violations.map((v) => v.code)).toContain('PASSWORDS.TOO_LONG');
    });

    it('reads minLength, maxLength, minScore and minPatternLength from the profile', () => {
      const lenient = profileWith({ passwords: { minLength: 6, minScore: 0, minPatternLength: 6 } });
      expect(checkPasswordStrength('qwer!xz', {}, lenient).ok).toBe(true);
      expect(checkPasswordStrength('qwer!xz', {}).ok).toBe(false);
      const strict = profileWith({ passwords: { maxLength: 64, minScore: 4 } });
      expect(codes('vq7Kx2#mZr9!Lp4&'.repeat(5), {}, strict as never)).toContain('PASSWORDS.TOO_LONG');
    });

    it('the legacy profile (8 characters, no score) of 平成14年 accepts what it accepted then', () => {
      const legacy = CHIBA_PROFILE_HISTORY.require('2002-08-05');
      expect(checkPasswordStrength('tigerlily', {}, legacy).ok).toBe(true);
      expect(checkPasswordStrength('tigerlily', {}).ok).toBe(false);
    });
  });

  it('requires no digits, symbols or mixed case (NIST SP 800-63B-4)', () => {
    const r = checkPasswordStrength('gentle river carries autumn leaves', PERSON);
    expect(r.ok).toBe(true);
  });

  it('the score and guesses come with every result', () => {
    const weak = checkPasswordStrength('password', {});
    const strong = checkPasswordStrength('gentle river carries autumn leaves', {});
    expect(weak.score).toBe(0);
    expect(strong.score).toBe(4);
    expect(strong.guessesLog10).toBeGreaterThan(weak.guessesLog10);
  });

  it('the person’s data lowers the estimate (user inputs)', () => {
    const plain = checkPasswordStrength('kiyomasa-river-1985', {});
    const known = checkPasswordStrength('kiyomasa-river-1985', { names: ['Kiyomasa'], birthDate: '1985-06-12' });
    expect(known.guessesLog10).toBeLessThan(plain.guessesLog10);
  });

  it('ignores names shorter than two characters', () => {
    expect(codes('翔んで埼玉の空はひろい', { names: ['翔'] })).not.toContain('PASSWORDS.CONTAINS_NAME');
    expect(codes('翔太んで埼玉の空はひろい', { names: ['翔太'] })).toContain('PASSWORDS.CONTAINS_NAME');
  });

  it('refuses a birth date that is not a date', () => {
    expect(() => checkPasswordStrength('whatever', { birthDate: '1985-13-01' })).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const SAFE = [...'bcdfghjkmnpqrstvwxz2357&!?*+= ガギグゲゴ森林空'];
/** Filler that by itself triggers no pattern rule. */
const filler = fc.string({ unit: fc.constantFrom(...SAFE), maxLength: 10 });
const anyText = fc.string({ unit: 'grapheme', maxLength: 10 });

const toFullWidth = (text: string): string =>
  [...text].map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c === ' ' ? '\u3000' : c)).join('');
const HALF_WIDTH_KATAKANA: Readonly<Record<string, string>> = { ア: 'ｱ', イ: 'ｲ', ウ: 'ｳ', カ: 'ｶ', キ: 'ｷ', サ: 'ｻ', タ: 'ﾀ', ナ: 'ﾅ', ロ: 'ﾛ', ン: 'ﾝ' };
const toHalfWidth = (text: string): string => [...text].map((c) => HALF_WIDTH_KATAKANA[c] ?? c).join('');
const randomCase = (text: string, flips: readonly boolean[]) =>
  [...text].map((c, i) => (flips[i % Math.max(flips.length, 1)] ? c.toUpperCase() : c)).join('');

const isoDate = fc
  .date({ min: new Date('1920-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));

describe('properties', () => {
  it('no accepted password contains the user ID, the ID card number or a name', () => {
    const id = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789._-'), minLength: 2, maxLength: 12 });
    const kanaName = fc.string({ unit: fc.constantFrom(...'アイウカキサタナロンやまだたろう'), minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(
        id,
        id,
        kanaName,
        anyText,
        anyText,
        fc.constantFrom('userId', 'idCardNumber', 'name'),
        fc.constantFrom('as is', 'upper', 'full width', 'half width'),
        (userId, idCardNumber, name, before, after, which, form) => {
          const context: PasswordContext = { userId, idCardNumber, names: [name] };
          const secret = which === 'userId' ? userId : which === 'idCardNumber' ? idCardNumber : name;
          const written =
            form === 'upper' ? secret.toUpperCase() : form === 'full width' ? toFullWidth(secret) : form === 'half width' ? toHalfWidth(secret) : secret;
          const password = before + written + after + 'Zq8!vK3#mW7$';
          const r = checkPasswordStrength(password, context);
          expect(r.ok).toBe(false);
          const folded = foldForComparison(password);
          for (const value of [userId, idCardNumber, name]) {
            if (folded.includes(foldForComparison(value))) expect(r.ok).toBe(false);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('an accepted password never contains the person’s data', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abtaroyamd19856.-山田タロウ'), minLength: 12, maxLength: 20 }), (password) => {
        const r = checkPasswordStrength(password, PERSON);
        if (!r.ok) return;
        const folded = foldForComparison(password).replace(/[.\-_ ]/g, '');
        for (const value of ['yamadataro', '20481937', '山田', '太郎', 'やまだ', 'たろう', 'yamada', 'taro', '19850612', '0612']) {
          expect(folded).not.toContain(value);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('every password containing the birth date, in any of its forms, is rejected', () => {
    fc.assert(
      fc.property(isoDate, fc.nat(), anyText, anyText, (birthDate, pick, before, after) => {
        const variants = birthDateVariants(birthDate);
        const written = variants[pick % variants.length] as string;
        const r = checkPasswordStrength(before + written + after + 'Zq8!vK3#mW7$', { birthDate });
        expect(r.violations.map((v) => v.code)).toContain('PASSWORDS.CONTAINS_BIRTH_DATE');
      }),
      { numRuns: 200 },
    );
  });

  it('adding a keyboard run of four or more keys gets a password rejected', () => {
    const run = fc
      .tuple(fc.constantFrom(...KEYBOARD_RUNS.filter((r) => [...r].length >= 4)), fc.nat(), fc.nat(), fc.boolean(), fc.array(fc.boolean(), { maxLength: 8 }))
      .map(([source, a, b, reversed, flips]) => {
        const chars = [...source];
        const length = 4 + (b % (chars.length - 3));
        const start = a % (chars.length - length + 1);
        const slice = chars.slice(start, start + length);
        return randomCase((reversed ? slice.reverse() : slice).join(''), flips);
      });
    fc.assert(
      fc.property(filler, run, filler, (before, keys, after) => {
        const password = 'gentle river ' + before + keys + after;
        expect(codes(password, {})).toContain('PASSWORDS.KEYBOARD_RUN');
      }),
      { numRuns: 200 },
    );
  });

  it('full-width and half-width forms of the same password get the same verdict', () => {
    const unit = fc.constantFrom(...'abcxyzABCXYZ0123456789!#$%&*+-=?@_ アイウカキサタナロン');
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 24 }), (password) => {
        const narrow = checkPasswordStrength(toHalfWidth(password), PERSON);
        const wide = checkPasswordStrength(toFullWidth(password), PERSON);
        expect(wide.ok).toBe(narrow.ok);
        expect(wide.score).toBe(narrow.score);
        expect(wide.violations.map((v) => v.code)).toEqual(narrow.violations.map((v) => v.code));
      }),
      { numRuns: 150 },
    );
  });
});
