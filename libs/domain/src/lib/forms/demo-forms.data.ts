import type { FormDisposalMethod } from './form-disposal.entity';

/**
 * The demo printed-form ledger (第10条): cabinets of several sections (one that cannot be locked) and
 * output records in every state — output only, stored, moved, partly disposed of, disposed of, and kept
 * past the keeping period (overdue, 速やかに). Dates are days before the seeding date; names are fictional.
 */
export interface DemoStoragePlace {
  readonly key: string;
  readonly section: string;
  readonly name: string;
  readonly location: string;
  readonly lockable: boolean;
}

export interface DemoFormStep {
  readonly kind: 'STORE' | 'MOVE' | 'DISPOSE';
  readonly daysAgo: number;
  readonly quantity: number;
  /** STORE/DISPOSE: the place; MOVE: where from. */
  readonly place: string;
  /** MOVE: where to. */
  readonly to?: string;
  readonly breakdown?: readonly { readonly label: string; readonly quantity: number }[];
  readonly method?: FormDisposalMethod;
  readonly performer?: string;
  readonly witness?: string;
}

export interface DemoFormOutput {
  readonly section: string;
  readonly formName: string;
  readonly outputDaysAgo: number;
  readonly purpose: string;
  readonly requester: string;
  readonly quantity: number;
  readonly notes?: string;
  /** The keeping period ends this many days after the output date. */
  readonly keepDays: number;
  readonly steps: readonly DemoFormStep[];
  /** What the demo shows with this record. */
  readonly note: string;
}

export const DEMO_STORAGE_PLACES: readonly DemoStoragePlace[] = [
  { key: 'chuo-a', section: 'chuo-madoguchi', name: '市民総合窓口課 書庫A', location: '中央区役所2階 事務室奥', lockable: true },
  { key: 'chuo-b', section: 'chuo-madoguchi', name: '市民総合窓口課 耐火金庫', location: '中央区役所2階 課長席後方', lockable: true },
  { key: 'chuo-shelf', section: 'chuo-madoguchi', name: '市民総合窓口課 カウンター下棚', location: '中央区役所1階 窓口', lockable: false },
  { key: 'hanamigawa-a', section: 'hanamigawa-madoguchi', name: '市民総合窓口課 書庫', location: '花見川区役所1階 事務室', lockable: true },
  { key: 'inage-a', section: 'inage-madoguchi', name: '市民総合窓口課 施錠キャビネット1', location: '稲毛区役所1階 事務室', lockable: true },
  { key: 'kusei-a', section: 'kusei', name: '区政課 書庫', location: '本庁舎 区政課', lockable: true },
];

export const DEMO_FORM_OUTPUTS: readonly DemoFormOutput[] = [
  {
    section: 'chuo-madoguchi',
    formName: '住民票の写し（広域交付）',
    outputDaysAgo: 1,
    purpose: '広域交付による住民票の写しの交付',
    requester: '中央区 市民総合窓口課 検見川 一郎',
    quantity: 2,
    keepDays: 30,
    steps: [],
    note: 'output only: not yet stored',
  },
  {
    section: 'chuo-madoguchi',
    formName: '本人確認情報の提供状況の開示',
    outputDaysAgo: 20,
    purpose: '本人確認情報の提供状況の開示請求への対応',
    requester: '中央区 市民総合窓口課 幕張 花子',
    quantity: 5,
    notes: '開示請求書の写しを添付',
    keepDays: 365,
    steps: [{ kind: 'STORE', daysAgo: 20, quantity: 5, place: 'chuo-a', breakdown: [{ label: '第1綴', quantity: 3 }, { label: '第2綴', quantity: 2 }] }],
    note: 'stored with a breakdown',
  },
  {
    section: 'chuo-madoguchi',
    formName: '住民基本台帳ネットワークシステム操作履歴一覧',
    outputDaysAgo: 40,
    purpose: '操作履歴の定期確認（第19条第1項）',
    requester: '中央区 市民総合窓口課 稲毛 次郎',
    quantity: 4,
    keepDays: 365,
    steps: [
      { kind: 'STORE', daysAgo: 40, quantity: 4, place: 'chuo-a' },
      { kind: 'MOVE', daysAgo: 10, quantity: 3, place: 'chuo-a', to: 'chuo-b' },
    ],
    note: 'moved: three copies from 書庫A to the safe',
  },
  {
    section: 'chuo-madoguchi',
    formName: '転入通知受信一覧表',
    outputDaysAgo: 60,
    purpose: '転入通知の受信確認',
    requester: '中央区 市民総合窓口課 千葉 三郎',
    quantity: 6,
    keepDays: 90,
    steps: [
      { kind: 'STORE', daysAgo: 60, quantity: 6, place: 'chuo-a' },
      { kind: 'DISPOSE', daysAgo: 5, quantity: 2, place: 'chuo-a', method: 'SHREDDING', performer: '千葉 三郎', witness: '幕張 花子' },
    ],
    note: 'partly disposed of',
  },
  {
    section: 'hanamigawa-madoguchi',
    formName: '本人確認情報一覧表',
    outputDaysAgo: 200,
    purpose: '住民票コードの記載事項確認',
    requester: '花見川区 市民総合窓口課 花島 四郎',
    quantity: 3,
    keepDays: 90,
    steps: [
      { kind: 'STORE', daysAgo: 200, quantity: 3, place: 'hanamigawa-a' },
      { kind: 'DISPOSE', daysAgo: 100, quantity: 3, place: 'hanamigawa-a', method: 'DISSOLVING', performer: '株式会社千葉リサイクル 作業員', witness: '花島 四郎' },
    ],
    note: 'disposed of (dissolved by a contractor, witnessed)',
  },
  {
    section: 'hanamigawa-madoguchi',
    formName: '住民票コード通知票（控）',
    outputDaysAgo: 400,
    purpose: '住民票コードの通知',
    requester: '花見川区 市民総合窓口課 長作 五郎',
    quantity: 8,
    keepDays: 180,
    steps: [{ kind: 'STORE', daysAgo: 400, quantity: 8, place: 'hanamigawa-a' }],
    note: 'overdue: kept past its keeping period and the disposal deadline',
  },
  {
    section: 'inage-madoguchi',
    formName: '住民票の写し',
    outputDaysAgo: 15,
    purpose: '本人確認情報による住民票の写しの交付',
    requester: '稲毛区 市民総合窓口課 轟 六郎',
    quantity: 1,
    keepDays: 60,
    steps: [{ kind: 'STORE', daysAgo: 15, quantity: 1, place: 'inage-a' }],
    note: 'stored',
  },
  {
    section: 'kusei',
    formName: '本人確認情報検索結果一覧',
    outputDaysAgo: 300,
    purpose: '他市町村からの本人確認情報照会への回答',
    requester: '市民部区政課 都賀 七子',
    quantity: 10,
    keepDays: 120,
    steps: [
      { kind: 'STORE', daysAgo: 300, quantity: 10, place: 'kusei-a' },
      { kind: 'DISPOSE', daysAgo: 90, quantity: 6, place: 'kusei-a', method: 'INCINERATION', performer: '都賀 七子', witness: '区政課長' },
    ],
    note: 'overdue and partly disposed of: four copies still kept',
  },
];
