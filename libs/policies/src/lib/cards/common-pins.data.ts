/**
 * Four-digit PINs rejected as common (第10条の4第1号 容易に推測できるもの), besides the patterns the PIN
 * check recognises by itself (dates, repeats, sequences, pairs).
 *
 * - The first twenty are the most frequent PINs, in order, of the published PIN-frequency analysis by
 *   Nick Berry (DataGenetics, "PIN analysis", September 2012; 3.4 million leaked four-digit codes).
 * - The rest were chosen for Chiba from the shapes that analysis and later studies describe: straight
 *   lines on a keypad (2580, 1470, 3690 and reversed), steps of two, corners, years and dates people
 *   reuse, palindromes, and Japanese 語呂合わせ (4649 よろしく, 5963 ごくろうさん, 1192 いいくに,
 *   0840 おはよう, 3776 富士山).
 *
 * The city adds its own through `profile.pins.additionalRejectedPins` (第24条).
 */
export const COMMON_PINS: readonly string[] = Object.freeze([
  // DataGenetics top 20
  '1234', '1111', '0000', '1212', '7777', '1004', '2000', '4444', '2222', '6969',
  '9999', '3333', '5555', '6666', '1122', '1313', '8888', '4321', '2001', '1010',
  // keypad lines, steps of two, corners
  '2580', '0852', '1470', '0741', '3690', '0963', '2468', '8642', '1357', '7531',
  '1379', '1397', '7931', '9731',
  // years and dates
  '1990', '1999', '2002', '2010', '2012', '2020', '0420',
  // palindromes and near-repeats
  '1221', '2112', '0110', '1001', '0001', '1000', '0007',
  // words on a phone keypad and 語呂合わせ
  '5683', '4649', '5963', '1192', '0840', '3776',
]);
