import type { OrganisationUnitData } from '@juki/policies';

/** A unit of the demo organisation, with its English name. */
export interface DemoOrganisationUnit extends OrganisationUnitData {
  readonly nameEn: string;
}

/** The six ward offices of Chiba City (中央・花見川・稲毛・若葉・緑・美浜). */
export const DEMO_WARDS = [
  { code: 'chuo', ja: '中央区', en: 'Chuo' },
  { code: 'hanamigawa', ja: '花見川区', en: 'Hanamigawa' },
  { code: 'inage', ja: '稲毛区', en: 'Inage' },
  { code: 'wakaba', ja: '若葉区', en: 'Wakaba' },
  { code: 'midori', ja: '緑区', en: 'Midori' },
  { code: 'mihama', ja: '美浜区', en: 'Mihama' },
] as const;

/** Citizen centres (市民センター) of the demo, by ward: they use Juki-Net (certificates at the counter). */
const CITIZEN_CENTRES: readonly { readonly ward: string; readonly code: string; readonly ja: string; readonly en: string }[] = [
  { ward: 'hanamigawa', code: 'makuhari-cc', ja: '幕張市民センター', en: 'Makuhari Citizen Centre' },
  { ward: 'hanamigawa', code: 'hanamigawa-cc', ja: '花見川市民センター', en: 'Hanamigawa Citizen Centre' },
  { ward: 'wakaba', code: 'chishirodai-cc', ja: '千城台市民センター', en: 'Chishirodai Citizen Centre' },
  { ward: 'midori', code: 'toke-cc', ja: '土気市民センター', en: 'Toke Citizen Centre' },
];

/**
 * The demo organisation of 第2条第2項: the 市民局 (whose 区政課 runs Juki-Net, 第4条), the IT division of the
 * 企画調整局 (第6条第2項第4号), the 会計室, and the six ward offices, each with its citizens' counter section
 * (市民総合窓口課, uses Juki-Net), its regional-promotion section, its ward accounting office and, for some,
 * citizen centres (use Juki-Net). Real unit names; every person in the demo is fictional.
 */
export const DEMO_ORGANISATION: readonly DemoOrganisationUnit[] = [
  { code: 'shimin-kyoku', name: '市民局', nameEn: 'Citizens Bureau', kind: 'BUREAU', parentCode: null, usesJukiNet: false },
  { code: 'shimin-bu', name: '市民局市民部', nameEn: 'Citizens Department', kind: 'DEPARTMENT', parentCode: 'shimin-kyoku', usesJukiNet: false },
  { code: 'kusei', name: '市民部区政課', nameEn: 'Ward Administration Division', kind: 'DIVISION', parentCode: 'shimin-bu', usesJukiNet: true },
  { code: 'shimin-somu', name: '市民部市民総務課', nameEn: 'Citizens General Affairs Division', kind: 'DIVISION', parentCode: 'shimin-bu', usesJukiNet: false },
  { code: 'kikaku-kyoku', name: '企画調整局', nameEn: 'Policy Coordination Bureau', kind: 'BUREAU', parentCode: null, usesJukiNet: false },
  { code: 'joho-system', name: '企画調整局情報システム課', nameEn: 'IT Division', kind: 'DIVISION', parentCode: 'kikaku-kyoku', usesJukiNet: false },
  { code: 'kaikei', name: '会計室', nameEn: 'Accounting Office', kind: 'ACCOUNTING_OFFICE', parentCode: null, usesJukiNet: false },
  ...DEMO_WARDS.flatMap((w): DemoOrganisationUnit[] => [
    { code: w.code, name: `${w.ja}役所`, nameEn: `${w.en} Ward Office`, kind: 'WARD_OFFICE', parentCode: null, usesJukiNet: false },
    {
      code: `${w.code}-madoguchi`,
      name: `${w.ja}市民総合窓口課`,
      nameEn: `${w.en} Citizens' Counter Section`,
      kind: 'WARD_SECTION',
      parentCode: w.code,
      usesJukiNet: true,
    },
    { code: `${w.code}-chiiki`, name: `${w.ja}地域振興課`, nameEn: `${w.en} Regional Promotion Section`, kind: 'WARD_SECTION', parentCode: w.code, usesJukiNet: false },
    {
      code: `${w.code}-kaikei`,
      name: `${w.ja}役所会計室`,
      nameEn: `${w.en} Ward Accounting Office`,
      kind: 'WARD_ACCOUNTING_OFFICE',
      parentCode: w.code,
      usesJukiNet: false,
    },
    ...CITIZEN_CENTRES.filter((c) => c.ward === w.code).map(
      (c): DemoOrganisationUnit => ({ code: c.code, name: c.ja, nameEn: c.en, kind: 'CITIZEN_CENTRE', parentCode: w.code, usesJukiNet: true }),
    ),
  ]),
];
