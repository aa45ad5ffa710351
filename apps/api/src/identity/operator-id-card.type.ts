import type { CardLossKind } from '@juki/domain';
import type { OperatorIdCardStatus } from '@juki/policies';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../graphql/relay/node.interface';
import type { StaffType } from './staff.type';
import { CardLossKindEnum, OperatorIdCardStatusEnum } from './identity.enums';

/** An operator ID card (第20条) as the caller may see it (the number is masked for some roles). */
@ObjectType('OperatorIdCard', { implements: NodeInterface, simpleResolvers: true, description: 'An operator ID card lent to an operator (第20条).' })
export class OperatorIdCardType extends NodeInterface {
  @Field(() => String, { nullable: true, description: 'The card number (masked for auditors and security officers).' })
  cardNumber!: string | null;

  @Field(() => OperatorIdCardStatusEnum, { nullable: true })
  status!: OperatorIdCardStatus | null;

  @Field(() => Date, { nullable: true })
  issuedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  returnedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When its loss or theft was reported (第20条第5項).' })
  lostReportedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  /** Row id of the holder when the caller may follow `holder` (not a GraphQL field). */
  holderRowId!: string | null;

  /** The holder as the caller sees it, read with the page (`operatorIdCardPage`); undefined = not read (not a GraphQL field). */
  prefetchedHolder?: StaffType | null;
}

/** What a loss or theft report did (第20条第5項): the card is revoked and all its sessions ended. */
@ObjectType('OperatorIdCardLossReport', { simpleResolvers: true, description: 'The result of reporting an operator ID card lost or stolen (第20条第5項).' })
export class OperatorIdCardLossReportType {
  @Field(() => ID, { description: 'Global id of the card.' })
  id!: string;

  @Field(() => OperatorIdCardStatusEnum, { description: 'REVOKED.' })
  status!: OperatorIdCardStatus;

  @Field(() => CardLossKindEnum)
  lossKind!: CardLossKind;

  @Field(() => Date)
  reportedAt!: Date;

  @Field(() => Date)
  revokedAt!: Date;

  @Field(() => Int, { description: 'Sessions opened with the card that the report ended.' })
  sessionsEnded!: number;

  /** Row id of the card, for `card` (not a GraphQL field). */
  cardRowId!: string;
}
