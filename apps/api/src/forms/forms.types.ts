import type { FormDisposalMethod, FormMoveKind, FormStatus } from '@juki/domain';
import type { IsoDate } from '@juki/policies';
import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../graphql/relay/node.interface';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { FormDisposalMethodEnum, FormMoveKindEnum, FormStatusEnum } from './forms.enums';

/** One line of a breakdown (内訳, 第10条第2項). A value type. */
@ObjectType('FormBreakdownLine', { simpleResolvers: true, description: 'One line of the breakdown (内訳) of stored copies, e.g. per binder.' })
export class FormBreakdownLineType {
  @Field(() => String)
  label!: string;

  @Field(() => Int)
  quantity!: number;
}

/** A cabinet, safe or room where a section keeps printed forms (第10条第2項). */
@ObjectType('StoragePlace', { implements: NodeInterface, simpleResolvers: true, description: 'A place where printed forms are kept (第10条第2項 書庫等).' })
export class StoragePlaceType extends NodeInterface {
  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it can be locked: only a lockable place may hold forms.' })
  lockable!: boolean | null;

  @Field(() => Date, { nullable: true })
  createdAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Give it back to updateStoragePlace: a stale version is refused (CONFLICT).' })
  version!: number | null;

  rowId!: string;
  sectionRowId!: string | null;
  createdByRowId!: string | null;
}

/** The record of a form output (第10条第1項) with its storage and disposal (第2項・第3項). */
@ObjectType('PrintedFormOutput', { implements: NodeInterface, simpleResolvers: true, description: 'A printed form output from the communication server (第10条第1項).' })
export class PrintedFormOutputType extends NodeInterface {
  @Field(() => String, { nullable: true, description: '(1) 帳票の名称' })
  formName!: string | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: '(2) 出力年月日' })
  outputDate!: IsoDate | null;

  @Field(() => String, { nullable: true, description: '(3) 使用目的' })
  purpose!: string | null;

  @Field(() => String, { nullable: true, description: '(4) 申請者 (personal data: masked for auditors)' })
  requester!: string | null;

  @Field(() => Int, { nullable: true, description: '(5) 数量: copies output' })
  quantity!: number | null;

  @Field(() => String, { nullable: true, description: '(6) その他必要な事項 (personal data: masked for auditors)' })
  notes!: string | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'The last day of the keeping period.' })
  keepUntil!: IsoDate | null;

  @Field(() => FormStatusEnum, { nullable: true })
  status!: FormStatus | null;

  @Field(() => Int, { nullable: true, description: 'Copies kept now, all places together.' })
  storedQuantity!: number | null;

  @Field(() => Int, { nullable: true, description: 'Copies disposed of so far.' })
  disposedQuantity!: number | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'keepUntil + forms.disposalDueDays of the policy profile: dispose of the forms by then (速やかに).' })
  disposalDueDate!: IsoDate | null;

  @Field(() => Int, { nullable: true, description: 'Days past the disposal due date while copies are still kept; 0 otherwise.' })
  daysOverdue!: number | null;

  @Field(() => Date, { nullable: true })
  recordedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Give it back to storeForms / moveForms / disposeForms: a stale version is refused (CONFLICT).' })
  version!: number | null;

  rowId!: string;
  sectionRowId!: string | null;
  recordedByRowId!: string | null;
  showStorages!: boolean;
  showMoves!: boolean;
  showDisposals!: boolean;
}

/** What one place holds now of one output record (第10条第2項). */
@ObjectType('FormStorage', { implements: NodeInterface, simpleResolvers: true, description: 'Copies of an output record kept in one place now (第10条第2項: 数量・内訳).' })
export class FormStorageType extends NodeInterface {
  @Field(() => Int, { nullable: true })
  quantity!: number | null;

  @Field(() => [FormBreakdownLineType], { nullable: true, description: '内訳: lines adding up to the quantity (empty when none was given).' })
  breakdown!: FormBreakdownLineType[] | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'When copies were first put in this place.' })
  storedOn!: IsoDate | null;

  @Field(() => Date, { nullable: true })
  recordedAt!: Date | null;

  @Field(() => Int, { nullable: true })
  version!: number | null;

  rowId!: string;
  outputRowId!: string | null;
  placeRowId!: string | null;
  recordedByRowId!: string | null;
}

/** One storage movement (第10条第2項). */
@ObjectType('FormMove', { implements: NodeInterface, simpleResolvers: true, description: 'Copies put in a place or moved between places (第10条第2項).' })
export class FormMoveType extends NodeInterface {
  @Field(() => FormMoveKindEnum, { nullable: true })
  kind!: FormMoveKind | null;

  @Field(() => Int, { nullable: true })
  quantity!: number | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  movedOn!: IsoDate | null;

  @Field(() => Date, { nullable: true })
  recordedAt!: Date | null;

  rowId!: string;
  outputRowId!: string | null;
  fromPlaceRowId!: string | null;
  toPlaceRowId!: string | null;
  recordedByRowId!: string | null;
}

/** One disposal, recorded after it reconciled with the records (第10条第3項). */
@ObjectType('FormDisposal', { implements: NodeInterface, simpleResolvers: true, description: 'Copies disposed of after reconciliation with the records (第10条第3項).' })
export class FormDisposalType extends NodeInterface {
  @Field(() => Int, { nullable: true })
  quantity!: number | null;

  @Field(() => FormDisposalMethodEnum, { nullable: true })
  method!: FormDisposalMethod | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  disposedOn!: IsoDate | null;

  @Field(() => String, { nullable: true })
  performer!: string | null;

  @Field(() => String, { nullable: true })
  witness!: string | null;

  @Field(() => Int, { nullable: true, description: 'The place’s quantity the disposal was reconciled against.' })
  placeQuantityBefore!: number | null;

  @Field(() => Int, { nullable: true, description: 'Copies kept (all places) before the disposal.' })
  storedBefore!: number | null;

  @Field(() => Int, { nullable: true, description: 'Copies disposed of before the disposal.' })
  disposedBefore!: number | null;

  @Field(() => Date, { nullable: true })
  recordedAt!: Date | null;

  rowId!: string;
  outputRowId!: string | null;
  placeRowId!: string | null;
  recordedByRowId!: string | null;
}

/** The forms kept in one place (第10条第2項). A value type. */
@ObjectType('FormInventoryPlace', { simpleResolvers: true, description: 'What one storage place holds: its output records and the copies.' })
export class FormInventoryPlaceType {
  @Field(() => Int, { description: 'Output records with copies in this place.' })
  outputCount!: number;

  @Field(() => Int, { description: 'Copies in this place.' })
  quantity!: number;

  @Field(() => [FormStorageType], { description: 'The holdings, by form name.' })
  storages!: FormStorageType[];

  placeRowId!: string;
}

/** The inventory of printed forms per section and place (第10条第2項). A value type. */
@ObjectType('FormInventory', { simpleResolvers: true, description: 'The printed forms kept, per section and storage place (第10条第2項).' })
export class FormInventoryType {
  @Field(() => [FormInventoryPlaceType])
  places!: FormInventoryPlaceType[];

  @Field(() => Int, { description: 'Copies kept, all places together.' })
  quantity!: number;

  @Field(() => Boolean, { description: `True when more than the inventory's limit of holdings exist: narrow it by section or place.` })
  truncated!: boolean;
}
