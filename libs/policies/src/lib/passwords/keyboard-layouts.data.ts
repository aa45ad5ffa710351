/**
 * Key runs and character orders that make a password "regular" (第21条第2項: 規則性のある記号及び
 * 番号). Each string is a run of neighbouring keys or of consecutive characters; any stretch of it of
 * `passwords.minPatternLength` characters or more, forwards or backwards, is rejected. Strings are in
 * the folded comparison form (lower case, kana as hiragana; see password-text.util.ts).
 */

/** US (ANSI) QWERTY: rows unshifted and shifted, and the diagonal columns (1qaz2wsx…). */
const QWERTY_US = [
  '`1234567890-=',
  'qwertyuiop[]\\',
  "asdfghjkl;'",
  'zxcvbnm,./',
  '~!@#$%^&*()_+',
  'qwertyuiop{}|',
  'asdfghjkl:"',
  'zxcvbnm<>?',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/',
  '!qaz@wsx#edc$rfv%tgb^yhn&ujm*ik<(ol>)p:?',
  'zaq1xsw2cde3vfr4bgt5nhy6mju7,ki8.lo9/;p0',
] as const;

/** JIS (Japanese 106/109) layout: rows unshifted and shifted, where they differ from US. */
const QWERTY_JIS = [
  '1234567890-^\\',
  '1234567890-^¥',
  'qwertyuiop@[',
  'asdfghjkl;:]',
  'zxcvbnm,./\\',
  '!"#$%&\'()',
  'qwertyuiop`{',
  'asdfghjkl+*}',
  'zxcvbnm<>?_',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/-@:\\^[]',
] as const;

/** JIS kana layout (かな入力), by rows, with the katakana folded to hiragana. */
const JIS_KANA = ['ぬふあうえおやゆよわほへ', 'たていすかんなにらせ', 'ちとしはきくまのりれけむ', 'つさそひこみもねるめろ'] as const;

/** Numeric keypad (7 8 9 on top) and phone keypad (1 2 3 on top), by rows and columns. */
const KEYPADS = [
  '789456123',
  '741852963',
  '7410',
  '8520',
  '963.',
  '/*-',
  '+963',
  '123456789',
  '147258369',
  '1470',
  '2580',
  '3690',
  '*0#',
] as const;

export const KEYBOARD_RUNS: readonly string[] = [...QWERTY_US, ...QWERTY_JIS, ...JIS_KANA, ...KEYPADS];

/**
 * Orders in which consecutive characters form a sequence beyond neighbouring code points (which
 * already cover abcd, 1234, ＡＢＣＤ after NFKC): the kana syllabary (あいうえお…), whose code points
 * are interleaved with small kana, and the いろは order.
 */
export const CHARACTER_ORDERS: readonly string[] = [
  'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん',
  'がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ',
  'いろはにほへとちりぬるをわかよたれそつねならむうゐのおくやまけふこえてあさきゆめみしゑひもせす',
  '0123456789',
  'abcdefghijklmnopqrstuvwxyz',
];
