import type { CardDisposalReason, DisposalMethod } from '@juki/policies';
import type { ResidentCardLossKind } from './card-loss-report.entity';
import type { RecordableCardMovement } from './resident-card-lifecycle';

/**
 * The demo resident-card stock (第10条の2, 第10条の3) of three ward sections, kept in the demo storage
 * places of the printed forms (`DEMO_STORAGE_PLACES`, lockable ones): cards in every state — blank,
 * printed, issued, awaiting disposal (in time and overdue), disposed of for each reason of 第10条の3, lost,
 * stolen, moved between places — and a stock-take with and one without a difference. Every card goes
 * through the state machine when seeded. Dates are days before the seeding date; names are fictional.
 */
export type DemoCardStep =
  | { readonly kind: RecordableCardMovement; readonly daysAgo: number; readonly reason?: CardDisposalReason; readonly to?: string }
  | {
      readonly kind: 'DISPOSED';
      readonly daysAgo: number;
      readonly method: DisposalMethod;
      readonly methodDescription?: string;
      readonly performer: string;
      readonly witness: string;
    }
  | { readonly kind: 'REPORTED'; readonly daysAgo: number; readonly loss: ResidentCardLossKind; readonly circumstances: string };

export interface DemoCardGroup {
  readonly section: string;
  /** A key of DEMO_STORAGE_PLACES (lockable). */
  readonly place: string;
  /** Serial prefix; the cards are numbered `<prefix>-0001` … */
  readonly serialPrefix: string;
  readonly count: number;
  readonly receivedDaysAgo: number;
  readonly steps: readonly DemoCardStep[];
  /** What the demo shows with these cards. */
  readonly note: string;
}

export interface DemoCardStockTake {
  readonly section: string;
  readonly place: string;
  /** Counted minus derived for each state (0 = the count matches). */
  readonly differences: Readonly<Partial<Record<'BLANK' | 'PRINTED' | 'AWAITING_DISPOSAL', number>>>;
  readonly note: string;
}

export const DEMO_CARD_GROUPS: readonly DemoCardGroup[] = [
  // 中央区 市民総合窓口課
  { section: 'chuo-madoguchi', place: 'chuo-b', serialPrefix: 'CHUO-B', count: 6, receivedDaysAgo: 60, steps: [], note: 'blank stock in the fire-proof safe' },
  { section: 'chuo-madoguchi', place: 'chuo-b', serialPrefix: 'CHUO-P', count: 2, receivedDaysAgo: 60, steps: [{ kind: 'PRINTED', daysAgo: 2 }], note: 'printed, awaiting issue' },
  {
    section: 'chuo-madoguchi',
    place: 'chuo-b',
    serialPrefix: 'CHUO-I',
    count: 2,
    receivedDaysAgo: 60,
    steps: [
      { kind: 'PRINTED', daysAgo: 12 },
      { kind: 'ISSUED', daysAgo: 10 },
    ],
    note: 'issued to their holders',
  },
  {
    section: 'chuo-madoguchi',
    place: 'chuo-b',
    serialPrefix: 'CHUO-T',
    count: 1,
    receivedDaysAgo: 60,
    steps: [
      { kind: 'TRANSFERRED', daysAgo: 9, to: 'chuo-a' },
      { kind: 'PRINTED', daysAgo: 1 },
    ],
    note: 'moved to the other cabinet, then printed',
  },
  {
    section: 'chuo-madoguchi',
    place: 'chuo-b',
    serialPrefix: 'CHUO-W',
    count: 1,
    receivedDaysAgo: 60,
    steps: [{ kind: 'SPOILED', daysAgo: 5, reason: 'INITIAL_DATA_WRITE_FAILURE' }],
    note: 'awaiting disposal, within the limit',
  },
  {
    section: 'chuo-madoguchi',
    place: 'chuo-b',
    serialPrefix: 'CHUO-O',
    count: 1,
    receivedDaysAgo: 90,
    steps: [{ kind: 'MOVED_TO_DISPOSAL', daysAgo: 45, reason: 'APPLICATION_CANCELLED' }],
    note: 'awaiting disposal past the limit (overdue)',
  },
  {
    section: 'chuo-madoguchi',
    place: 'chuo-b',
    serialPrefix: 'CHUO-DW',
    count: 1,
    receivedDaysAgo: 60,
    steps: [
      { kind: 'SPOILED', daysAgo: 20, reason: 'INITIAL_DATA_WRITE_FAILURE' },
      { kind: 'DISPOSED', daysAgo: 18, method: 'SHREDDING', performer: '中央 太郎', witness: '中央 花子' },
    ],
    note: 'disposed of: initial-data write failure',
  },
  {
    section: 'chuo-madoguchi',
    place: 'chuo-b',
    serialPrefix: 'CHUO-DF',
    count: 1,
    receivedDaysAgo: 60,
    steps: [
      { kind: 'PRINTED', daysAgo: 16 },
      { kind: 'SPOILED', daysAgo: 16, reason: 'FACE_PRINT_FAILURE' },
      { kind: 'DISPOSED', daysAgo: 15, method: 'INCINERATION', performer: '中央 太郎', witness: '中央 花子' },
    ],
    note: 'disposed of: face-print failure',
  },
  {
    section: 'chuo-madoguchi',
    place: 'chuo-b',
    serialPrefix: 'CHUO-L',
    count: 1,
    receivedDaysAgo: 60,
    steps: [{ kind: 'REPORTED', daysAgo: 3, loss: 'LOST', circumstances: '棚卸しの準備中に1枚不足していることを発見した。' }],
    note: 'lost (reported to the system officer)',
  },
  // 花見川区 市民総合窓口課
  { section: 'hanamigawa-madoguchi', place: 'hanamigawa-a', serialPrefix: 'HANA-B', count: 4, receivedDaysAgo: 30, steps: [], note: 'blank stock' },
  {
    section: 'hanamigawa-madoguchi',
    place: 'hanamigawa-a',
    serialPrefix: 'HANA-C',
    count: 1,
    receivedDaysAgo: 30,
    steps: [
      { kind: 'PRINTED', daysAgo: 14 },
      { kind: 'MOVED_TO_DISPOSAL', daysAgo: 12, reason: 'APPLICATION_CANCELLED' },
      { kind: 'DISPOSED', daysAgo: 11, method: 'DISSOLVING', performer: '花見川 次郎', witness: '花見川 三郎' },
    ],
    note: 'disposed of: application cancelled',
  },
  {
    section: 'hanamigawa-madoguchi',
    place: 'hanamigawa-a',
    serialPrefix: 'HANA-A',
    count: 1,
    receivedDaysAgo: 400,
    steps: [
      { kind: 'PRINTED', daysAgo: 390 },
      { kind: 'ISSUED', daysAgo: 388 },
      { kind: 'MOVED_TO_DISPOSAL', daysAgo: 10, reason: 'CARD_ABOLISHED' },
      { kind: 'DISPOSED', daysAgo: 8, method: 'OTHER', methodDescription: '専用裁断機による細断', performer: '花見川 次郎', witness: '花見川 三郎' },
    ],
    note: 'disposed of: card abolished (returned by its holder)',
  },
  {
    section: 'hanamigawa-madoguchi',
    place: 'hanamigawa-a',
    serialPrefix: 'HANA-X',
    count: 1,
    receivedDaysAgo: 500,
    steps: [
      { kind: 'PRINTED', daysAgo: 480 },
      { kind: 'ISSUED', daysAgo: 479 },
      { kind: 'MOVED_TO_DISPOSAL', daysAgo: 40, reason: 'CARD_ABOLISHED' },
    ],
    note: 'abolished card awaiting disposal past the limit (overdue)',
  },
  {
    section: 'hanamigawa-madoguchi',
    place: 'hanamigawa-a',
    serialPrefix: 'HANA-S',
    count: 1,
    receivedDaysAgo: 30,
    steps: [
      { kind: 'PRINTED', daysAgo: 4 },
      { kind: 'REPORTED', daysAgo: 1, loss: 'STOLEN', circumstances: '窓口での交付準備中、離席した間に所在不明となった。警察に届出済み。' },
    ],
    note: 'stolen (reported to the system officer)',
  },
  // 稲毛区 市民総合窓口課
  { section: 'inage-madoguchi', place: 'inage-a', serialPrefix: 'INAGE-B', count: 3, receivedDaysAgo: 20, steps: [], note: 'blank stock' },
  { section: 'inage-madoguchi', place: 'inage-a', serialPrefix: 'INAGE-P', count: 1, receivedDaysAgo: 20, steps: [{ kind: 'PRINTED', daysAgo: 1 }], note: 'printed' },
];

/** Stock-takes recorded on the seeding date against the derived counts. */
export const DEMO_CARD_STOCK_TAKES: readonly DemoCardStockTake[] = [
  { section: 'chuo-madoguchi', place: 'chuo-b', differences: {}, note: 'counted, no difference' },
  { section: 'hanamigawa-madoguchi', place: 'hanamigawa-a', differences: { BLANK: -1 }, note: 'one blank card fewer than recorded' },
];
