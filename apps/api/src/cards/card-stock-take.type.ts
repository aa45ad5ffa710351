import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { NodeInterface } from '../graphql/relay/node.interface';
import { ResidentCardStateEnum } from './cards.enums';

/** One line of a stock-take (棚卸し, 第10条の2第1項). */
@ObjectType('CardStockTake', {
  implements: NodeInterface,
  simpleResolvers: true,
  description: 'A stock-take line (第10条の2第1項): the cards of one state counted in one place, against the number derived from the movements.',
})
export class CardStockTakeType extends NodeInterface {
  @Field(() => ID, { nullable: true, description: 'Global id of the storage place (StoragePlace).' })
  placeId!: string | null;

  @Field(() => String, { nullable: true })
  placeName!: string | null;

  @Field(() => ResidentCardStateEnum, { nullable: true })
  state!: keyof typeof ResidentCardStateEnum | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  countedOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'The number counted.' })
  counted!: number | null;

  @Field(() => Int, { nullable: true, description: 'The number the movements gave at that moment.' })
  derived!: number | null;

  @Field(() => Int, { nullable: true, description: 'counted − derived (0: no difference).' })
  difference!: number | null;

  @Field(() => Date, { nullable: true })
  recordedAt!: Date | null;

  sectionRowId!: string | null;
  /** Row id of the storage place when the caller may follow `place` (not a GraphQL field). */
  placeRowId!: string | null;
  recordedByRowId!: string | null;
}
