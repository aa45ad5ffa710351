import type { IsoDate, OperatorIdCardStatus, Role } from '@juki/policies';
import type { CardLossKind } from '../operator-cards/operator-id-card.entity';

/** The account state a demo person starts in. */
export type DemoAccountState = 'NORMAL' | 'LOCKED' | 'PASSWORD_EXPIRED' | 'MUST_CHANGE';

export interface DemoCard {
  readonly number: string;
  readonly status: OperatorIdCardStatus;
  /** For a card reported lost or stolen (status LOST/STOLEN, or REVOKED after the report). */
  readonly lossKind?: CardLossKind;
}

export interface DemoStaffMember {
  readonly employeeNumber: string;
  readonly name: string;
  readonly nameKana: string;
  readonly nameRomaji: string;
  /** Code of the unit the person works in (DEMO_ORGANISATION). */
  readonly section: string;
  readonly title: string;
  readonly birthDate: IsoDate;
  readonly employment?: { readonly status: 'RETIRED' | 'TRANSFERRED'; readonly since: IsoDate };
  /** Roles, city-wide or for a section (by code); `until` ends the grant. */
  readonly roles: readonly { readonly role: Exclude<Role, 'INTEGRATION'>; readonly section?: string; readonly until?: IsoDate }[];
  readonly cards: readonly DemoCard[];
  readonly state?: DemoAccountState;
  /** What the demo shows with this person (printed with the credentials). */
  readonly note?: string;
}

/** The fiscal year the demo's role grants start (第19条第2項: approved per year). */
export const DEMO_GRANTS_FROM: IsoDate = '2025-04-01';

const active = (number: string): DemoCard => ({ number, status: 'ACTIVE' });
const so = (section: string) => ({ role: 'SECURITY_OFFICER' as const, section });
const handler = (section: string) => ({ role: 'HANDLER' as const, section });

/**
 * The demo staff: someone in every role of 第2章 (and the auditor), a security officer for every section
 * that uses Juki-Net (第5条), handlers (第8条), and people and cards in every state of 第20条・第21条.
 * Every name, number and birth date here is FICTIONAL.
 */
export const DEMO_STAFF: readonly DemoStaffMember[] = [
  {
    employeeNumber: '1950011',
    name: '佐倉 健一郎',
    nameKana: 'さくら けんいちろう',
    nameRomaji: 'sakura kenichiro',
    section: 'shimin-kyoku',
    title: '市民局長',
    birthDate: '1965-05-14',
    roles: [{ role: 'SYSTEM_ADMINISTRATOR' }],
    cards: [active('CHB-100011')],
  },
  {
    employeeNumber: '1950022',
    name: '大網 由紀子',
    nameKana: 'おおあみ ゆきこ',
    nameRomaji: 'oami yukiko',
    section: 'shimin-bu',
    title: '市民部長',
    birthDate: '1968-09-02',
    roles: [{ role: 'DEPUTY_ADMINISTRATOR' }],
    cards: [active('CHB-100022')],
  },
  {
    employeeNumber: '1950033',
    name: '鎌取 正樹',
    nameKana: 'かまとり まさき',
    nameRomaji: 'kamatori masaki',
    section: 'kusei',
    title: '区政課長',
    birthDate: '1972-11-23',
    roles: [{ role: 'SYSTEM_OFFICER' }, so('kusei')],
    cards: [active('CHB-100033')],
  },
  {
    employeeNumber: '1950044',
    name: '蘇我 隆',
    nameKana: 'そが たかし',
    nameRomaji: 'soga takashi',
    section: 'joho-system',
    title: '情報システム課長',
    birthDate: '1970-07-19',
    roles: [{ role: 'IT_DIVISION_HEAD' }],
    cards: [active('CHB-100044')],
  },
  {
    employeeNumber: '1950055',
    name: '検見川 直子',
    nameKana: 'けみがわ なおこ',
    nameRomaji: 'kemigawa naoko',
    section: 'shimin-somu',
    title: '主査（監査担当）',
    birthDate: '1979-01-30',
    roles: [{ role: 'AUDITOR' }],
    cards: [active('CHB-100055')],
  },
  {
    employeeNumber: '1950066',
    name: '誉田 美咲',
    nameKana: 'ほんだ みさき',
    nameRomaji: 'honda misaki',
    section: 'kusei',
    title: '主任',
    birthDate: '1988-03-08',
    roles: [handler('kusei')],
    cards: [active('CHB-100066')],
  },
  // 第5条: the head of each section that uses Juki-Net is its security officer.
  ...(
    [
      ['1960011', '亥鼻 浩二', 'いのはな こうじ', 'inohana koji', 'chuo', '中央区市民総合窓口課長', '1971-04-16', 'CHB-200011'],
      ['1960022', '幕張 恵美', 'まくはり えみ', 'makuhari emi', 'hanamigawa', '花見川区市民総合窓口課長', '1974-06-17', 'CHB-200022'],
      ['1960033', '穴川 誠', 'あながわ まこと', 'anagawa makoto', 'inage', '稲毛区市民総合窓口課長', '1969-12-01', 'CHB-200033'],
      ['1960044', '桜木 恭子', 'さくらぎ きょうこ', 'sakuragi kyoko', 'wakaba', '若葉区市民総合窓口課長', '1975-02-25', 'CHB-200044'],
      ['1960055', '土気 浩', 'とけ ひろし', 'toke hiroshi', 'midori', '緑区市民総合窓口課長', '1973-08-09', 'CHB-200055'],
      ['1960066', '高洲 亜希', 'たかす あき', 'takasu aki', 'mihama', '美浜区市民総合窓口課長', '1976-10-12', 'CHB-200066'],
    ] as const
  ).map(
    ([employeeNumber, name, nameKana, nameRomaji, ward, title, birthDate, card]): DemoStaffMember => ({
      employeeNumber,
      name,
      nameKana,
      nameRomaji,
      section: `${ward}-madoguchi`,
      title,
      birthDate,
      roles: [so(`${ward}-madoguchi`)],
      cards: [active(card)],
    }),
  ),
  ...(
    [
      ['1970011', '武石 修', 'たけいし おさむ', 'takeishi osamu', 'makuhari-cc', '幕張市民センター所長', '1967-05-28', 'CHB-300011'],
      ['1970022', '長作 智子', 'ながさく ともこ', 'nagasaku tomoko', 'hanamigawa-cc', '花見川市民センター所長', '1970-09-14', 'CHB-300022'],
      ['1970033', '小倉 勝', 'おぐら まさる', 'ogura masaru', 'chishirodai-cc', '千城台市民センター所長', '1966-03-21', 'CHB-300033'],
      ['1970044', '越智 陽子', 'おち ようこ', 'ochi yoko', 'toke-cc', '土気市民センター所長', '1972-12-05', 'CHB-300044'],
    ] as const
  ).map(
    ([employeeNumber, name, nameKana, nameRomaji, section, title, birthDate, card]): DemoStaffMember => ({
      employeeNumber,
      name,
      nameKana,
      nameRomaji,
      section,
      title,
      birthDate,
      roles: [so(section)],
      cards: [active(card)],
    }),
  ),
  // 第8条: handlers, designated by their section's security officer, approved by the system officer.
  {
    employeeNumber: '1980011',
    name: '寒川 翔太',
    nameKana: 'さむがわ しょうた',
    nameRomaji: 'samugawa shota',
    section: 'chuo-madoguchi',
    title: '主事',
    birthDate: '1994-07-07',
    roles: [handler('chuo-madoguchi')],
    cards: [active('CHB-400011')],
  },
  {
    employeeNumber: '1980022',
    name: '登戸 彩',
    nameKana: 'のぶと あや',
    nameRomaji: 'nobuto aya',
    section: 'chuo-madoguchi',
    title: '主事',
    birthDate: '1998-11-19',
    roles: [handler('chuo-madoguchi')],
    cards: [{ number: 'CHB-400022', status: 'ISSUED' }],
    note: 'カード交付済み・未有効化（サインイン不可） / card issued, not yet activated (cannot sign in)',
  },
  {
    employeeNumber: '1980033',
    name: '作新 大輔',
    nameKana: 'さくしん だいすけ',
    nameRomaji: 'sakushin daisuke',
    section: 'hanamigawa-madoguchi',
    title: '主事',
    birthDate: '1991-02-13',
    roles: [handler('hanamigawa-madoguchi')],
    cards: [active('CHB-400033')],
    state: 'LOCKED',
    note: '連続失敗でロック中（情報システム責任者が解除） / locked after consecutive failures (the system officer unlocks)',
  },
  {
    employeeNumber: '1980044',
    name: '轟 真由美',
    nameKana: 'とどろき まゆみ',
    nameRomaji: 'todoroki mayumi',
    section: 'inage-madoguchi',
    title: '主任',
    birthDate: '1986-06-30',
    roles: [handler('inage-madoguchi')],
    cards: [active('CHB-400044')],
    state: 'PASSWORD_EXPIRED',
    note: 'パスワード期限切れ（変更のみ可） / password expired (may only change it)',
  },
  {
    employeeNumber: '1980055',
    name: '都賀 健太',
    nameKana: 'つが けんた',
    nameRomaji: 'tsuga kenta',
    section: 'wakaba-madoguchi',
    title: '主事',
    birthDate: '1993-09-24',
    roles: [handler('wakaba-madoguchi')],
    cards: [{ number: 'CHB-400055', status: 'REVOKED', lossKind: 'LOST' }, active('CHB-400056')],
    note: '旧カードは紛失報告により失効、新カードで利用中 / old card revoked after a loss report; uses a new card',
  },
  {
    employeeNumber: '1980066',
    name: '大野 結衣',
    nameKana: 'おおの ゆい',
    nameRomaji: 'ono yui',
    section: 'midori-madoguchi',
    title: '主事',
    birthDate: '1996-04-11',
    roles: [handler('midori-madoguchi')],
    cards: [{ number: 'CHB-400066', status: 'STOLEN', lossKind: 'STOLEN' }],
    note: 'カード盗難届出済み・失効手続待ち（サインイン不可） / card reported stolen, revocation pending (cannot sign in)',
  },
  {
    employeeNumber: '1980077',
    name: '真砂 拓也',
    nameKana: 'まさご たくや',
    nameRomaji: 'masago takuya',
    section: 'mihama-madoguchi',
    title: '主事',
    birthDate: '1990-01-17',
    roles: [handler('mihama-madoguchi')],
    cards: [active('CHB-400077')],
    state: 'MUST_CHANGE',
    note: 'パスワード再設定済み（初回変更が必要） / password reset (must change it first)',
  },
  {
    employeeNumber: '1980088',
    name: '浜田 千尋',
    nameKana: 'はまだ ちひろ',
    nameRomaji: 'hamada chihiro',
    section: 'makuhari-cc',
    title: '主事',
    birthDate: '1995-08-03',
    roles: [handler('makuhari-cc')],
    cards: [{ number: 'CHB-400088', status: 'LOST', lossKind: 'LOST' }, active('CHB-400089')],
    note: '旧カードは紛失記録済み・失効手続待ち / old card recorded lost, revocation pending',
  },
  // 第20条第1項: people who are no longer operators returned their cards.
  {
    employeeNumber: '1940011',
    name: '星久喜 昭',
    nameKana: 'ほしくき あきら',
    nameRomaji: 'hoshikuki akira',
    section: 'chuo-madoguchi',
    title: '主任（退職）',
    birthDate: '1964-10-02',
    employment: { status: 'RETIRED', since: '2025-03-31' },
    roles: [{ role: 'HANDLER', section: 'chuo-madoguchi', until: '2025-03-31' }],
    cards: [{ number: 'CHB-090011', status: 'RETURNED' }],
    note: '退職・カード返却済み / retired, card returned',
  },
  {
    employeeNumber: '1940022',
    name: '園生 理恵',
    nameKana: 'そんのう りえ',
    nameRomaji: 'sonno rie',
    section: 'inage-madoguchi',
    title: '主事（異動）',
    birthDate: '1989-05-05',
    employment: { status: 'TRANSFERRED', since: '2025-10-01' },
    roles: [{ role: 'HANDLER', section: 'inage-madoguchi', until: '2025-09-30' }],
    cards: [{ number: 'CHB-090022', status: 'RETURNED' }],
    note: '人事異動・カード返却済み / transferred, card returned',
  },
];
