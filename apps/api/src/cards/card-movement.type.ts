import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../graphql/relay/node.interface';
import { CardDisposalReasonEnum, CardMovementKindEnum, ResidentCardStateEnum } from './cards.enums';

/** One movement (受払) of one resident card (第10条の2第1項). */
@ObjectType('CardMovement', { implements: NodeInterface, simpleResolvers: true, description: 'A movement of a resident card (受払, 第10条の2第1項): from (state, place) to (state, place).' })
export class CardMovementType extends NodeInterface {
  @Field(() => String, { nullable: true })
  cardSerial!: string | null;

  @Field(() => CardMovementKindEnum, { nullable: true })
  kind!: keyof typeof CardMovementKindEnum | null;

  @Field(() => ResidentCardStateEnum, { nullable: true, description: 'null for RECEIVED.' })
  fromState!: keyof typeof ResidentCardStateEnum | null;

  @Field(() => ResidentCardStateEnum, { nullable: true })
  toState!: keyof typeof ResidentCardStateEnum | null;

  @Field(() => String, { nullable: true, description: 'The place the card came from (null for RECEIVED).' })
  fromPlaceName!: string | null;

  @Field(() => String, { nullable: true, description: 'The place the card is in after the movement.' })
  placeName!: string | null;

  @Field(() => CardDisposalReasonEnum, { nullable: true, description: 'SPOILED / MOVED_TO_DISPOSAL: the reason of 第10条の3.' })
  reason!: keyof typeof CardDisposalReasonEnum | null;

  @Field(() => Date, { nullable: true })
  occurredAt!: Date | null;

  sectionRowId!: string | null;
  /** Row id of the storage place when the caller may follow `place` (not a GraphQL field). */
  placeRowId!: string | null;
  cardRowId!: string | null;
  recordedByRowId!: string | null;
}
