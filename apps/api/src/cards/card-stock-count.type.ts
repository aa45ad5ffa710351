import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ResidentCardStateEnum } from './cards.enums';

/**
 * A value type: the number of cards of a section in one place and state, derived from the movements
 * (第10条の2第1項). Carried by `residentCardStock`, whose rows are the caller's row filter of CardMovement.
 */
@ObjectType('CardStockCount', { simpleResolvers: true, description: 'Cards of a section in one place and state, derived from the movements (第10条の2第1項).' })
export class CardStockCountType {
  @Field(() => ID, { description: 'Global id of the section (OrganisationUnit).' })
  sectionId!: string;

  @Field(() => String, { description: 'The section’s name.' })
  sectionName!: string;

  @Field(() => ID, { description: 'Global id of the storage place (StoragePlace).' })
  placeId!: string;

  @Field(() => String)
  placeName!: string;

  @Field(() => ResidentCardStateEnum)
  state!: keyof typeof ResidentCardStateEnum;

  @Field(() => Int)
  count!: number;
}
