import { jstDate, type IsoDate } from '@juki/policies';

/** Today in Japan (the API's calendar: 出力年月日 may not be after it). */
export function todayInJapan(now: Date = new Date()): IsoDate {
  return jstDate(now);
}

/** A name in the language shown (sections carry both). */
export function sectionName(section: { readonly name: string; readonly nameEn: string } | null | undefined, locale: 'ja' | 'en'): string | undefined {
  if (!section) return undefined;
  return locale === 'ja' ? section.name : section.nameEn;
}

/** Date (per the era switch) and the time of day in Japan. */
export function dateTimeText(date: (value: string | null | undefined) => string, instant: string | null | undefined): string {
  if (!instant) return date(instant);
  const time = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(
    new Date(instant),
  );
  return `${date(instant)} ${time}`;
}
