import { parseIsoDate, type IsoDate } from '../calendar/calendar-date';
import { japaneseEraYear, type JapaneseEra } from '../cards/japanese-era.util';

/**
 * The ways people write their birth date inside a password (第21条第2項: 推測可能な番号), for
 * 1985-06-12: 19850612, 850612, 0612, 1206, 1985-6-12, 12/06/1985, 6.12.85, 1985年6月12日,
 * S60.6.12, s600612, 昭和60年6月12日, and for 1989-06-12 H1.6.12 and 平成元年6月12日.
 * All in the folded comparison form (lower case), none shorter than four characters.
 */

/** Romanised initials of the eras, as on Japanese forms (S60.6.12, H1.6.12, R3.4.1). */
const ERA_INITIALS: Readonly<Record<JapaneseEra, string>> = {
  明治: 'm',
  大正: 't',
  昭和: 's',
  平成: 'h',
  令和: 'r',
};

const SEPARATORS = ['', '-', '/', '.', ' '] as const;
/** Shortest variant looked for: three characters ('612') would reject far too many passwords. */
const MIN_VARIANT_LENGTH = 4;

const pad2 = (n: number): string => String(n).padStart(2, '0');
const unique = (values: readonly string[]): string[] => [...new Set(values)];

let cachedDate: IsoDate | undefined;
let cachedVariants: readonly string[] = [];

/** Every written form of the birth date that a password may not contain. */
export function birthDateVariants(birthDate: IsoDate): readonly string[] {
  if (birthDate === cachedDate) return cachedVariants;
  const parts = parseIsoDate(birthDate);
  if (!parts) throw new RangeError('birthDate is not a calendar date (YYYY-MM-DD)');
  const { year, month, day } = parts;
  const months = unique([String(month), pad2(month)]);
  const days = unique([String(day), pad2(day)]);
  const westernYears = unique([String(year), pad2(year % 100)]);
  const era = japaneseEraYear(birthDate);
  const eraYears = era ? unique([String(era.year), pad2(era.year)]) : [];
  const eraPrefixes = era
    ? [
        ...eraYears.map((y) => ERA_INITIALS[era.era] + y),
        ...eraYears.map((y) => era.era + y),
        ...(era.year === 1 ? [`${era.era}元`] : []),
      ]
    : [];

  const variants: string[] = [];
  for (const sep of SEPARATORS) {
    for (const m of months) {
      for (const d of days) {
        for (const y of westernYears) {
          variants.push(`${y}${sep}${m}${sep}${d}`, `${m}${sep}${d}${sep}${y}`, `${d}${sep}${m}${sep}${y}`);
        }
        // era dates are written year first
        for (const y of eraPrefixes) variants.push(`${y}${sep}${m}${sep}${d}`);
        // without the year: MMDD, DDMM, 6/12, 12.6
        variants.push(`${m}${sep}${d}`, `${d}${sep}${m}`);
      }
    }
  }
  for (const m of months) {
    for (const d of days) {
      const monthDay = `${m}月${d}日`;
      variants.push(monthDay);
      for (const y of [...westernYears, ...eraPrefixes]) variants.push(`${y}年${monthDay}`);
    }
  }
  cachedVariants = unique(variants.map((v) => v.toLowerCase())).filter((v) => [...v].length >= MIN_VARIANT_LENGTH);
  cachedDate = birthDate;
  return cachedVariants;
}

/** The forms given to the guess estimator as the person's own words. */
export function birthDateUserInputs(birthDate: IsoDate): readonly string[] {
  const parts = parseIsoDate(birthDate);
  if (!parts) return [];
  const { year, month, day } = parts;
  return unique([
    String(year),
    `${year}${pad2(month)}${pad2(day)}`,
    `${pad2(year % 100)}${pad2(month)}${pad2(day)}`,
    `${pad2(month)}${pad2(day)}`,
    `${pad2(day)}${pad2(month)}`,
  ]);
}
