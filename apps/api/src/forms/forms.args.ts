import type { FormDisposalMethod, FormStatus } from '@juki/domain';
import { INPUT_LIMITS, type IsoDate } from '@juki/policies';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ConnectionArgs } from '../graphql/connections/connection.args';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { CsvLanguageEnum } from '../graphql/types/csv-file.type';
import { CalendarDate, GlobalId, Items, MaxChars, Nested, Optional, PlainText, Required } from '../graphql/validation/input-constraints';
import { FormDisposalMethodEnum, FormStatusEnum, PrintedFormSortEnum, type PrintedFormSort } from './forms.enums';

/** Only the shape and a runaway length are refused here; the rules of 第10条 are the domain's (audited, cited). */
const SECTION = { types: ['OrganisationUnit'], code: 'FORMS.SECTION_INVALID' } as const;
const OUTPUT = { types: ['PrintedFormOutput'] } as const;
const PLACE = { types: ['StoragePlace'] } as const;

@ArgsType()
export class CreateStoragePlaceArgs {
  @Field(() => ID, { description: 'The section (OrganisationUnit) the place belongs to.' })
  @GlobalId(SECTION)
  sectionId!: string;

  @Field(() => String)
  @Required()
  @MaxChars(INPUT_LIMITS.maxName)
  @PlainText()
  name!: string;

  @Field(() => String)
  @Required()
  @MaxChars(200)
  @PlainText()
  location!: string;

  @Field(() => Boolean, { description: 'Whether it can be locked (only a lockable place may hold forms, 第10条第2項).' })
  lockable!: boolean;
}

@ArgsType()
export class UpdateStoragePlaceArgs {
  @Field(() => ID)
  @GlobalId(PLACE)
  id!: string;

  @Field(() => Int, { description: 'The version read: a stale one is refused (CONFLICT).' })
  version!: number;

  @Field(() => String, { nullable: true })
  @Optional()
  @Required()
  @MaxChars(INPUT_LIMITS.maxName)
  @PlainText()
  name?: string | null;

  @Field(() => String, { nullable: true })
  @Optional()
  @Required()
  @MaxChars(200)
  @PlainText()
  location?: string | null;

  @Field(() => Boolean, { nullable: true })
  lockable?: boolean | null;
}

/** `recordFormOutput`: 第10条第1項 items 1–6 and the keeping period. */
@ArgsType()
export class RecordFormOutputArgs {
  @Field(() => ID, { description: 'The section that output the form (OrganisationUnit).' })
  @GlobalId(SECTION)
  sectionId!: string;

  @Field(() => String, { description: '(1) 帳票の名称' })
  @MaxChars(INPUT_LIMITS.maxName)
  @PlainText()
  formName!: string;

  @Field(() => CalendarDateScalar, { description: '(2) 出力年月日 (not after today)' })
  @CalendarDate()
  outputDate!: IsoDate;

  @Field(() => String, { description: '(3) 使用目的' })
  @MaxChars(500)
  @PlainText()
  purpose!: string;

  @Field(() => String, { description: '(4) 申請者' })
  @MaxChars(INPUT_LIMITS.maxName)
  @PlainText()
  requester!: string;

  @Field(() => Int, { description: '(5) 数量: copies (≥ 1)' })
  quantity!: number;

  @Field(() => String, { nullable: true, description: '(6) その他必要な事項' })
  @Optional()
  @MaxChars(1000)
  @PlainText({ allowLineBreaks: true })
  notes?: string | null;

  @Field(() => CalendarDateScalar, { description: 'The last day of the keeping period (on or after the output date).' })
  @CalendarDate()
  keepUntil!: IsoDate;
}

@InputType('FormBreakdownLineInput', { description: 'One line of a breakdown (内訳).' })
export class FormBreakdownLineInput {
  @Field(() => String)
  @Required()
  @MaxChars(INPUT_LIMITS.maxName)
  @PlainText()
  label!: string;

  @Field(() => Int)
  quantity!: number;
}

@ArgsType()
export class StoreFormsArgs {
  @Field(() => ID)
  @GlobalId(OUTPUT)
  outputId!: string;

  @Field(() => Int, { description: 'The output record’s version read: a stale one is refused (CONFLICT).' })
  version!: number;

  @Field(() => ID, { description: 'A lockable storage place of the output’s section.' })
  @GlobalId(PLACE)
  placeId!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => [FormBreakdownLineInput], { nullable: true, description: '内訳 of the copies stored; must add up to the quantity.' })
  @Optional()
  @Items({ max: 50 })
  @Nested()
  breakdown?: FormBreakdownLineInput[] | null;

  @Field(() => CalendarDateScalar)
  @CalendarDate()
  storedOn!: IsoDate;
}

@ArgsType()
export class MoveFormsArgs {
  @Field(() => ID)
  @GlobalId(OUTPUT)
  outputId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ID)
  @GlobalId(PLACE)
  fromPlaceId!: string;

  @Field(() => ID)
  @GlobalId(PLACE)
  toPlaceId!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => CalendarDateScalar)
  @CalendarDate()
  movedOn!: IsoDate;
}

@ArgsType()
export class DisposeFormsArgs {
  @Field(() => ID)
  @GlobalId(OUTPUT)
  outputId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ID, { description: 'The place the copies are taken from.' })
  @GlobalId(PLACE)
  placeId!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => FormDisposalMethodEnum)
  method!: FormDisposalMethod;

  @Field(() => CalendarDateScalar)
  @CalendarDate()
  disposedOn!: IsoDate;

  @Field(() => String, { description: 'Who disposed of them.' })
  @MaxChars(INPUT_LIMITS.maxName)
  @PlainText()
  performer!: string;

  @Field(() => String, { description: 'Who witnessed it (not the performer).' })
  @Required()
  @MaxChars(INPUT_LIMITS.maxName)
  @PlainText()
  witness!: string;
}

/** The filters of the output ledger, shared by the connection and its CSV export. */
@ArgsType()
export class PrintedFormFilterArgs {
  @Field(() => ID, { nullable: true, description: 'Only this section’s records (OrganisationUnit).' })
  @Optional()
  @GlobalId()
  sectionId?: string | null;

  @Field(() => [FormStatusEnum], { nullable: true, description: 'Only records in these states.' })
  @Optional()
  @Items({ max: 4, unique: true })
  status?: FormStatus[] | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'Output on or after this date.' })
  @Optional()
  @CalendarDate()
  outputDateFrom?: IsoDate | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'Output on or before this date.' })
  @Optional()
  @CalendarDate()
  outputDateTo?: IsoDate | null;

  @Field(() => PrintedFormSortEnum, { nullable: true, defaultValue: 'OUTPUT_DATE' })
  orderBy?: PrintedFormSort | null;
}

@ArgsType()
export class PrintedFormOutputsArgs extends PrintedFormFilterArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Int, { nullable: true })
  last?: number | null;

  @Field(() => String, { nullable: true })
  before?: string | null;
}

@ArgsType()
export class PrintedFormOutputsCsvArgs extends PrintedFormFilterArgs {
  @Field(() => CsvLanguageEnum, { nullable: true, defaultValue: 'ja' })
  language?: CsvLanguageEnum | null;
}

@ArgsType()
export class PrintedFormsOverdueArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only this section’s records.' })
  @Optional()
  @GlobalId()
  sectionId?: string | null;
}

@ArgsType()
export class StoragePlacesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true })
  @Optional()
  @GlobalId()
  sectionId?: string | null;

  @Field(() => Boolean, { nullable: true })
  lockable?: boolean | null;
}

@ArgsType()
export class FormInventoryArgs {
  @Field(() => ID, { nullable: true })
  @Optional()
  @GlobalId()
  sectionId?: string | null;

  @Field(() => ID, { nullable: true })
  @Optional()
  @GlobalId(PLACE)
  placeId?: string | null;
}
