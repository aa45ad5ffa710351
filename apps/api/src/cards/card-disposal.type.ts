import { Field, Int, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { NodeInterface } from '../graphql/relay/node.interface';
import { CardDisposalMethodEnum, CardDisposalReasonEnum } from './cards.enums';

/** The disposal of one resident card (第10条の3). */
@ObjectType('CardDisposal', { implements: NodeInterface, simpleResolvers: true, description: 'The disposal of a resident card (第10条の3): reason, method, IC chip destroyed, performer, witness, date.' })
export class CardDisposalType extends NodeInterface {
  @Field(() => String, { nullable: true })
  cardSerial!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the card was kept until disposed of.' })
  placeName!: string | null;

  @Field(() => CardDisposalReasonEnum, { nullable: true })
  reason!: keyof typeof CardDisposalReasonEnum | null;

  @Field(() => CardDisposalMethodEnum, { nullable: true })
  method!: keyof typeof CardDisposalMethodEnum | null;

  @Field(() => String, { nullable: true })
  methodDescription!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The IC chip was physically destroyed (第10条の3第3号): always true on record.' })
  icChipDestroyed!: boolean | null;

  @Field(() => String, { nullable: true })
  performer!: string | null;

  @Field(() => String, { nullable: true })
  witness!: string | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  awaitingSince!: string | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  disposedOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Days past the profile’s limit when disposed of (第10条の3第1号; 0 = in time).' })
  daysLate!: number | null;

  @Field(() => Date, { nullable: true })
  recordedAt!: Date | null;

  sectionRowId!: string | null;
  cardRowId!: string | null;
  recordedByRowId!: string | null;
}
