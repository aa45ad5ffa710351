import type { HandlerPermission, PrecautionTexts } from '@juki/policies';

/**
 * Demo data of 第8条・第9条 (FICTIONAL): the handlers' designations and permissions (by employee number;
 * every HANDLER grant of DEMO_STAFF is backed by one, the ended ones revoked), and each section's handling
 * precautions in several versions with who acknowledged which version — so that every state shows: in
 * force / revoked; acknowledged the current version / only an old one / never; a section with none published.
 */
export interface DemoDesignation {
  readonly employeeNumber: string;
  readonly permissions: readonly HandlerPermission[];
}

export const DEMO_DESIGNATIONS: readonly DemoDesignation[] = [
  { employeeNumber: '1950066', permissions: ['INQUIRY', 'SEARCH_EXTRACT'] },
  { employeeNumber: '1980011', permissions: ['INQUIRY', 'SEARCH_EXTRACT', 'PRINT_FORMS', 'UPDATE'] },
  { employeeNumber: '1980022', permissions: ['INQUIRY', 'PRINT_FORMS'] },
  { employeeNumber: '1980033', permissions: ['INQUIRY', 'UPDATE'] },
  { employeeNumber: '1980044', permissions: ['INQUIRY', 'SEARCH_EXTRACT', 'PRINT_FORMS', 'UPDATE', 'CARD_ISSUANCE'] },
  { employeeNumber: '1980055', permissions: ['INQUIRY', 'CARD_ISSUANCE'] },
  { employeeNumber: '1980066', permissions: ['INQUIRY'] },
  { employeeNumber: '1980077', permissions: ['INQUIRY', 'UPDATE', 'CARD_ISSUANCE'] },
  { employeeNumber: '1980088', permissions: ['INQUIRY', 'PRINT_FORMS'] },
  // Revoked: retired / transferred (the designation ends with the role grant's `until`).
  { employeeNumber: '1940011', permissions: ['INQUIRY', 'PRINT_FORMS'] },
  { employeeNumber: '1940022', permissions: ['INQUIRY', 'SEARCH_EXTRACT'] },
];

export interface DemoPrecautions {
  /** Section code. */
  readonly section: string;
  /** Versions, oldest first. */
  readonly versions: readonly PrecautionTexts[];
  /** Employee number → the versions (1-based) they acknowledged. */
  readonly acknowledged: Readonly<Record<string, readonly number[]>>;
}

const base: PrecautionTexts = {
  screenDisplay: '本人確認情報を表示した端末から離れるときは画面を閉じ、来庁者から画面が見えない位置に端末を置く。',
  integrity: '異動の入力後は入力内容を原票と照合し、相違があれば直ちに情報セキュリティ責任者に報告する。',
  searchAndExtract: '検索・抽出は業務に必要な範囲に限り、条件と件数を業務日誌に記録する。',
  storageOnDisk: '本人確認情報を磁気ディスクに保管しない。やむを得ない場合は暗号化し、施錠できる書庫に保管する。',
  printing: '帳票は必要な部数だけ出力し、出力記録（第10条第1項）を作成して施錠できる書庫に保管する。',
};
const revised = (changes: Partial<PrecautionTexts>): PrecautionTexts => ({ ...base, ...changes });

export const DEMO_PRECAUTIONS: readonly DemoPrecautions[] = [
  {
    section: 'chuo-madoguchi',
    versions: [base, revised({ screenDisplay: `${base.screenDisplay}窓口端末ではのぞき見防止フィルタを使用する。` })],
    // 寒川: the current version; 登戸: only the old one.
    acknowledged: { '1980011': [1, 2], '1980022': [1] },
  },
  { section: 'hanamigawa-madoguchi', versions: [base], acknowledged: {} },
  {
    section: 'inage-madoguchi',
    versions: [
      base,
      revised({ searchAndExtract: '検索・抽出は業務に必要な範囲に限り、条件・件数・目的を業務日誌に記録する。' }),
      revised({ searchAndExtract: '検索・抽出は業務に必要な範囲に限り、条件・件数・目的を業務日誌に記録し、月末に責任者が確認する。' }),
    ],
    // 轟: only version 2 of 3.
    acknowledged: { '1980044': [2] },
  },
  { section: 'wakaba-madoguchi', versions: [base], acknowledged: { '1980055': [1] } },
  { section: 'mihama-madoguchi', versions: [base, revised({ printing: `${base.printing}不要となった帳票は溶解により廃棄する。` })], acknowledged: {} },
  { section: 'makuhari-cc', versions: [base], acknowledged: { '1980088': [1] } },
  { section: 'kusei', versions: [base], acknowledged: { '1950066': [1] } },
  // midori-madoguchi: none published yet (its handler has nothing to acknowledge — a 第9条第1項 gap).
];
