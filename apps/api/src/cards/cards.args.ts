import { MAX_CARDS_PER_RECEIPT, RESIDENT_CARD_SERIAL, type RecordableCardMovement, type ResidentCardLossKind, type ResidentCardState } from '@juki/domain';
import { INPUT_LIMITS, type CardDisposalReason, type DisposalMethod, type IsoDate } from '@juki/policies';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ConnectionArgs } from '../graphql/connections/connection.args';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { CsvLanguageEnum } from '../graphql/types/csv-file.type';
import { CalendarDate, GlobalId, Instant, IntRange, Items, MaxChars, Nested, Optional, Pattern, PlainText, Required } from '../graphql/validation/input-constraints';
import { CardDisposalMethodEnum, CardDisposalReasonEnum, RecordableCardMovementEnum, ResidentCardLossKindEnum, ResidentCardStateEnum } from './cards.enums';

const MAX_VERSION = 1_000_000;
/** The most cards one stock-take line may count (a section holds hundreds, not millions). */
const MAX_COUNT = 1_000_000;

@ArgsType()
export class CardSectionArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only this section (OrganisationUnit global id).' })
  @Optional()
  @GlobalId()
  sectionId?: string | null;
}

@ArgsType()
export class ResidentCardsArgs extends CardSectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only cards in this place (StoragePlace global id).' })
  @Optional()
  @GlobalId()
  placeId?: string | null;

  @Field(() => ResidentCardStateEnum, { nullable: true })
  state?: ResidentCardState | null;
}

@ArgsType()
export class CardMovementsArgs extends CardSectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only the movements of this card (ResidentCard global id).' })
  @Optional()
  @GlobalId()
  cardId?: string | null;
}

@ArgsType()
export class CardStockArgs {
  @Field(() => ID, { nullable: true, description: 'Only this section (OrganisationUnit global id).' })
  @Optional()
  @GlobalId()
  sectionId?: string | null;
}

/** The CSV exports of the movements and disposals. */
@ArgsType()
export class CardCsvArgs {
  @Field(() => CsvLanguageEnum, { nullable: true, description: 'Header language (Japanese by default).' })
  language?: CsvLanguageEnum | null;
}

@ArgsType()
export class CardStockCsvArgs extends CardStockArgs {
  @Field(() => CsvLanguageEnum, { nullable: true, description: 'Header language (Japanese by default).' })
  language?: CsvLanguageEnum | null;
}

/** `receiveResidentCards` (第10条の2第1項). */
@ArgsType()
export class ReceiveResidentCardsArgs {
  @Field(() => ID, { description: 'A lockable storage place of the section (StoragePlace global id).' })
  @GlobalId({ types: ['StoragePlace'], code: 'CARDS.PLACE_NOT_FOUND' })
  placeId!: string;

  @Field(() => [String], { description: `The numbers of the cards received (1–${MAX_CARDS_PER_RECEIPT}).` })
  @Items({ min: 1, max: MAX_CARDS_PER_RECEIPT, unique: true })
  @Pattern(RESIDENT_CARD_SERIAL, { each: true })
  serials!: string[];
}

/** `recordCardMovement` (第10条の2第1項, 第10条の3). */
@ArgsType()
export class RecordCardMovementArgs {
  @Field(() => ID)
  @GlobalId({ types: ['ResidentCard'], code: 'CARDS.NOT_FOUND' })
  cardId!: string;

  @Field(() => Int, { description: 'The version of the card read (ResidentCard.version); a stale one is CONFLICT.' })
  @IntRange(1, MAX_VERSION)
  version!: number;

  @Field(() => RecordableCardMovementEnum)
  kind!: RecordableCardMovement;

  @Field(() => CardDisposalReasonEnum, { nullable: true, description: 'SPOILED: an issuance failure; MOVED_TO_DISPOSAL: APPLICATION_CANCELLED or CARD_ABOLISHED.' })
  reason?: CardDisposalReason | null;

  @Field(() => ID, { nullable: true, description: 'TRANSFERRED: the place the card goes to (StoragePlace global id).' })
  @Optional()
  @GlobalId({ types: ['StoragePlace'], code: 'CARDS.PLACE_NOT_FOUND' })
  toPlaceId?: string | null;
}

@InputType('CardStockTakeCountInput')
export class CardStockTakeCountInput {
  @Field(() => ResidentCardStateEnum)
  state!: ResidentCardState;

  @Field(() => Int, { description: 'The number of cards found in that state.' })
  @IntRange(0, MAX_COUNT)
  counted!: number;
}

/** `recordCardStockTake` (第10条の2第1項). */
@ArgsType()
export class RecordCardStockTakeArgs {
  @Field(() => ID)
  @GlobalId({ types: ['StoragePlace'], code: 'CARDS.PLACE_NOT_FOUND' })
  placeId!: string;

  @Field(() => CalendarDateScalar)
  @CalendarDate()
  countedOn!: IsoDate;

  @Field(() => [CardStockTakeCountInput], { description: 'One count each for BLANK, PRINTED and AWAITING_DISPOSAL.' })
  @Items({ min: 1, max: 3 })
  @Nested()
  counts!: CardStockTakeCountInput[];
}

/** `reportResidentCardLost` (第10条の2第2項). */
@ArgsType()
export class ReportResidentCardLostArgs {
  @Field(() => ID)
  @GlobalId({ types: ['ResidentCard'], code: 'CARDS.NOT_FOUND' })
  cardId!: string;

  @Field(() => Int)
  @IntRange(1, MAX_VERSION)
  version!: number;

  @Field(() => ResidentCardLossKindEnum)
  kind!: ResidentCardLossKind;

  @Field(() => Date, { description: 'When the loss or theft was discovered (not after now).' })
  @Instant()
  discoveredAt!: Date;

  @Field(() => String, { description: 'What happened (up to 1,000 characters).' })
  @Required()
  @MaxChars(1000)
  @PlainText({ allowLineBreaks: true })
  circumstances!: string;
}

/** `disposeResidentCard` (第10条の3). */
@ArgsType()
export class DisposeResidentCardArgs {
  @Field(() => ID)
  @GlobalId({ types: ['ResidentCard'], code: 'CARDS.NOT_FOUND' })
  cardId!: string;

  @Field(() => Int)
  @IntRange(1, MAX_VERSION)
  version!: number;

  @Field(() => CardDisposalMethodEnum)
  method!: DisposalMethod;

  @Field(() => String, { nullable: true, description: 'Required for OTHER: how the face was made unreadable.' })
  @Optional()
  @MaxChars(200)
  @PlainText()
  methodDescription?: string | null;

  @Field(() => Boolean, { description: 'The IC chip was physically destroyed (第10条の3第3号). false is refused.' })
  icChipDestroyed!: boolean;

  @Field(() => String)
  @MaxChars(INPUT_LIMITS.maxName)
  @PlainText()
  performer!: string;

  @Field(() => String)
  @MaxChars(INPUT_LIMITS.maxName)
  @PlainText()
  witness!: string;

  @Field(() => CalendarDateScalar)
  @CalendarDate()
  disposedOn!: IsoDate;
}
