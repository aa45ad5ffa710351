import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { NodeInterface } from '../graphql/relay/node.interface';
import { CardDisposalReasonEnum, ResidentCardStateEnum } from './cards.enums';

/** One resident card kept by a section (第10条の2第1項), where it is and in which state. */
@ObjectType('ResidentCard', { implements: NodeInterface, simpleResolvers: true, description: 'A resident card (住民基本台帳カード) of a section’s stock (第10条の2第1項).' })
export class ResidentCardType extends NodeInterface {
  @Field(() => String, { nullable: true, description: 'The card’s number.' })
  serial!: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the storage place (StoragePlace) where it is kept.' })
  placeId!: string | null;

  @Field(() => String, { nullable: true, description: 'The name of that place.' })
  placeName!: string | null;

  @Field(() => ResidentCardStateEnum, { nullable: true })
  state!: keyof typeof ResidentCardStateEnum | null;

  @Field(() => CardDisposalReasonEnum, { nullable: true, description: 'Why it is (or was) to be disposed of (第10条の3).' })
  disposalReason!: keyof typeof CardDisposalReasonEnum | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'The day it started awaiting disposal.' })
  awaitingDisposalSince!: string | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'The last day to dispose of it (第10条の3第1号, the profile’s cards.disposalDueDays); null unless awaiting disposal.' })
  disposalDueOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Days past that day today (0 when not overdue); null unless awaiting disposal.' })
  daysOverdue!: number | null;

  @Field(() => Date, { nullable: true })
  receivedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Pass it back to change the card: a stale version is CONFLICT.' })
  version!: number | null;

  /** Row id of the section when the caller may follow it (not a GraphQL field). */
  sectionRowId!: string | null;
  /** Row id of the storage place when the caller may follow `place` (not a GraphQL field). */
  placeRowId!: string | null;
}
