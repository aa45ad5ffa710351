import type { CsvColumn, CsvLanguage } from '@juki/domain';
import { CARD_DISPOSAL_REASON_LABELS, DISPOSAL_METHOD_LABELS, type CardDisposalReason, type DisposalMethod } from '@juki/policies';
import type { StaffType } from '../identity/staff.type';
import type { OrganisationUnitType } from '../organisation/organisation-unit.type';
import type { CardDisposalType } from './card-disposal.type';
import type { CardLossReportType } from './card-loss-report.type';
import type { CardMovementType } from './card-movement.type';
import type { CardStockCountType } from './card-stock-count.type';
import type { CardStockTakeType } from './card-stock-take.type';

/** The Japanese and English names of the card states and movements, for the CSV exports. */
export const CARD_STATE_LABELS: Readonly<Record<string, { ja: string; en: string }>> = {
  BLANK: { ja: '未印刷', en: 'blank' },
  PRINTED: { ja: '印刷済み', en: 'printed' },
  ISSUED: { ja: '交付済み', en: 'issued' },
  AWAITING_DISPOSAL: { ja: '廃棄待ち', en: 'awaiting disposal' },
  DISPOSED: { ja: '廃棄済み', en: 'disposed' },
  LOST: { ja: '紛失', en: 'lost' },
  STOLEN: { ja: '盗難', en: 'stolen' },
};

export const CARD_MOVEMENT_LABELS: Readonly<Record<string, { ja: string; en: string }>> = {
  RECEIVED: { ja: '受入', en: 'received' },
  PRINTED: { ja: '券面印刷・初期データ書込', en: 'printed' },
  ISSUED: { ja: '交付', en: 'issued' },
  SPOILED: { ja: '発行失敗', en: 'spoiled' },
  MOVED_TO_DISPOSAL: { ja: '廃棄待ちへ', en: 'moved to disposal' },
  TRANSFERRED: { ja: '保管場所の移動', en: 'transferred' },
  DISPOSED: { ja: '廃棄', en: 'disposed' },
  REPORTED_LOST: { ja: '紛失', en: 'reported lost' },
  REPORTED_STOLEN: { ja: '盗難', en: 'reported stolen' },
};

const label = (labels: Readonly<Record<string, { ja: string; en: string }>>, value: string | null, language: CsvLanguage): string | null =>
  value === null ? null : (labels[value]?.[language] ?? value);

/** 第10条の2第1項: the stock per section, place and state (derived from the movements). */
export function cardStockColumns(language: CsvLanguage): readonly CsvColumn<CardStockCountType>[] {
  return [
    { header: { ja: '所属', en: 'Section' }, value: (r) => r.sectionName },
    { header: { ja: '保管場所', en: 'Place' }, value: (r) => r.placeName },
    { header: { ja: '状態', en: 'State' }, value: (r) => label(CARD_STATE_LABELS, r.state, language) },
    { header: { ja: '枚数', en: 'Count' }, value: (r) => r.count },
  ];
}

export interface CardMovementRow {
  readonly movement: CardMovementType;
  readonly section: OrganisationUnitType | null;
  readonly recordedBy: StaffType | null;
}

/** 第10条の2第1項: the movements (受払簿). */
export function cardMovementColumns(language: CsvLanguage): readonly CsvColumn<CardMovementRow>[] {
  return [
    { header: { ja: '日時', en: 'Occurred at' }, value: (r) => r.movement.occurredAt },
    { header: { ja: '所属', en: 'Section' }, value: (r) => r.section?.name ?? null },
    { header: { ja: 'カード番号', en: 'Card number' }, value: (r) => r.movement.cardSerial },
    { header: { ja: '受払', en: 'Movement' }, value: (r) => label(CARD_MOVEMENT_LABELS, r.movement.kind, language) },
    { header: { ja: '移動前の状態', en: 'From state' }, value: (r) => label(CARD_STATE_LABELS, r.movement.fromState, language) },
    { header: { ja: '移動後の状態', en: 'To state' }, value: (r) => label(CARD_STATE_LABELS, r.movement.toState, language) },
    { header: { ja: '移動前の保管場所', en: 'From place' }, value: (r) => r.movement.fromPlaceName },
    { header: { ja: '保管場所', en: 'Place' }, value: (r) => r.movement.placeName },
    { header: { ja: '廃棄理由', en: 'Reason for disposal' }, value: (r) => (r.movement.reason ? CARD_DISPOSAL_REASON_LABELS[r.movement.reason as CardDisposalReason][language] : null) },
    { header: { ja: '記録者', en: 'Recorded by' }, value: (r) => r.recordedBy?.name ?? null },
  ];
}

export interface CardDisposalRow {
  readonly disposal: CardDisposalType;
  readonly section: OrganisationUnitType | null;
}

/** 第10条の3: the disposals — reason, method, IC chip destroyed, performer, witness, date. */
export function cardDisposalColumns(language: CsvLanguage): readonly CsvColumn<CardDisposalRow>[] {
  return [
    { header: { ja: '廃棄日', en: 'Disposed on' }, value: (r) => r.disposal.disposedOn },
    { header: { ja: '所属', en: 'Section' }, value: (r) => r.section?.name ?? null },
    { header: { ja: 'カード番号', en: 'Card number' }, value: (r) => r.disposal.cardSerial },
    { header: { ja: '廃棄理由', en: 'Reason' }, value: (r) => (r.disposal.reason ? CARD_DISPOSAL_REASON_LABELS[r.disposal.reason as CardDisposalReason][language] : null) },
    { header: { ja: '廃棄方法', en: 'Method' }, value: (r) => (r.disposal.method ? DISPOSAL_METHOD_LABELS[r.disposal.method as DisposalMethod][language] : null) },
    { header: { ja: '方法の説明', en: 'Method description' }, value: (r) => r.disposal.methodDescription },
    { header: { ja: 'ICチップの物理的破壊', en: 'IC chip destroyed' }, value: (r) => r.disposal.icChipDestroyed },
    { header: { ja: '実施者', en: 'Performer' }, value: (r) => r.disposal.performer },
    { header: { ja: '立会者', en: 'Witness' }, value: (r) => r.disposal.witness },
    { header: { ja: '廃棄対象となった日', en: 'Awaiting since' }, value: (r) => r.disposal.awaitingSince },
    { header: { ja: '期限超過日数', en: 'Days late' }, value: (r) => r.disposal.daysLate },
  ];
}

export interface CardStockTakeRow {
  readonly take: CardStockTakeType;
  readonly section: OrganisationUnitType | null;
  readonly recordedBy: StaffType | null;
}

/** 第10条の2第1項: the stock-takes — counted against derived, and the difference. */
export function cardStockTakeColumns(language: CsvLanguage): readonly CsvColumn<CardStockTakeRow>[] {
  return [
    { header: { ja: '棚卸日', en: 'Counted on' }, value: (r) => r.take.countedOn },
    { header: { ja: '所属', en: 'Section' }, value: (r) => r.section?.name ?? null },
    { header: { ja: '保管場所', en: 'Place' }, value: (r) => r.take.placeName },
    { header: { ja: '状態', en: 'State' }, value: (r) => label(CARD_STATE_LABELS, r.take.state, language) },
    { header: { ja: '実査枚数', en: 'Counted' }, value: (r) => r.take.counted },
    { header: { ja: '受払からの枚数', en: 'Derived' }, value: (r) => r.take.derived },
    { header: { ja: '差異', en: 'Difference' }, value: (r) => r.take.difference },
    { header: { ja: '記録日時', en: 'Recorded at' }, value: (r) => r.take.recordedAt },
    { header: { ja: '記録者', en: 'Recorded by' }, value: (r) => r.recordedBy?.name ?? null },
  ];
}

const LOSS_KIND_LABELS: Readonly<Record<string, { ja: string; en: string }>> = {
  LOST: { ja: '紛失', en: 'lost' },
  STOLEN: { ja: '盗難', en: 'stolen' },
};

export interface CardLossReportRow {
  readonly report: CardLossReportType;
  readonly section: OrganisationUnitType | null;
  readonly reportedBy: StaffType | null;
}

/** 第10条の2第2項: the loss and theft reports (circumstances masked where the caller sees them masked). */
export function cardLossReportColumns(language: CsvLanguage): readonly CsvColumn<CardLossReportRow>[] {
  return [
    { header: { ja: '報告日時', en: 'Reported at' }, value: (r) => r.report.reportedAt },
    { header: { ja: '所属', en: 'Section' }, value: (r) => r.section?.name ?? null },
    { header: { ja: 'カード番号', en: 'Card number' }, value: (r) => r.report.cardSerial },
    { header: { ja: '種別', en: 'Kind' }, value: (r) => label(LOSS_KIND_LABELS, r.report.kind, language) },
    { header: { ja: '発覚日時', en: 'Discovered at' }, value: (r) => r.report.discoveredAt },
    { header: { ja: '保管場所', en: 'Place' }, value: (r) => r.report.placeName },
    { header: { ja: '状況', en: 'Circumstances' }, value: (r) => r.report.circumstances },
    { header: { ja: '報告者', en: 'Reported by' }, value: (r) => r.reportedBy?.name ?? null },
  ];
}
