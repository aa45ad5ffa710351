import type { LogonOutcome } from '@juki/domain';
import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../graphql/relay/node.interface';
import { LogonOutcomeEnum } from './identity.enums';

/** One sign-in attempt of the logon history (第19条の2第2項). Never the password. */
@ObjectType('LogonEvent', { implements: NodeInterface, simpleResolvers: true, description: 'A sign-in attempt (第19条の2第2項: logon history).' })
export class LogonEventType extends NodeInterface {
  @Field(() => Date, { nullable: true })
  occurredAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The card number as entered (masked for some roles).' })
  cardNumber!: string | null;

  @Field(() => LogonOutcomeEnum, { nullable: true })
  outcome!: LogonOutcome | null;

  @Field(() => String, { nullable: true, description: 'The client address (masked for auditors).' })
  sourceAddress!: string | null;

  /** Row id of the card's holder when known and the caller may follow `staff` (not a GraphQL field). */
  staffRowId!: string | null;
}
