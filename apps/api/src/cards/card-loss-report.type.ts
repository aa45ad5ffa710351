import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../graphql/relay/node.interface';
import { ResidentCardLossKindEnum } from './cards.enums';

/** A loss or theft report (第10条の2第2項). */
@ObjectType('CardLossReport', { implements: NodeInterface, simpleResolvers: true, description: 'The report of a lost or stolen resident card (第10条の2第2項), notified to the system officer.' })
export class CardLossReportType extends NodeInterface {
  @Field(() => String, { nullable: true })
  cardSerial!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the card was kept.' })
  placeName!: string | null;

  @Field(() => ResidentCardLossKindEnum, { nullable: true })
  kind!: keyof typeof ResidentCardLossKindEnum | null;

  @Field(() => Date, { nullable: true })
  discoveredAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'What happened (masked for auditors).' })
  circumstances!: string | null;

  @Field(() => Date, { nullable: true })
  reportedAt!: Date | null;

  sectionRowId!: string | null;
  cardRowId!: string | null;
  reportedByRowId!: string | null;
}
