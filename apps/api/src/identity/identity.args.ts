import { INPUT_LIMITS, type EmploymentStatus, type OperatorIdCardStatus } from '@juki/policies';
import type { LogonOutcome } from '@juki/domain';
import { ArgsType, Field, ID } from 'type-graphql';
import { ConnectionArgs } from '../graphql/connections/connection.args';
import { GlobalId, Instant, MaxChars, Optional, Required } from '../graphql/validation/input-constraints';
import { EmploymentStatusEnum, LogonOutcomeEnum, OperatorIdCardStatusEnum } from './identity.enums';

/** `staff`: by employee number. */
@ArgsType()
export class StaffArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only staff of this section (global id).' })
  @Optional()
  @GlobalId()
  sectionId?: string | null;

  @Field(() => EmploymentStatusEnum, { nullable: true })
  employmentStatus?: EmploymentStatus | null;
}

/** `operatorIdCards`: the ledger of 第20条第2項, by card number. */
@ArgsType()
export class OperatorIdCardsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only the cards of this member of staff (global id).' })
  @Optional()
  @GlobalId()
  holderId?: string | null;

  @Field(() => OperatorIdCardStatusEnum, { nullable: true })
  status?: OperatorIdCardStatus | null;
}

/** `logonEvents`: the logon history of 第19条の2第2項, oldest first (`last: n` for the newest). */
@ArgsType()
export class LogonEventsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only attempts on the cards of this member of staff (global id).' })
  @Optional()
  @GlobalId()
  staffId?: string | null;

  @Field(() => LogonOutcomeEnum, { nullable: true })
  outcome?: LogonOutcome | null;

  @Field(() => Date, { nullable: true, description: 'Only attempts at or after this instant.' })
  @Optional()
  @Instant()
  occurredFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only attempts before this instant.' })
  @Optional()
  @Instant()
  occurredBefore?: Date | null;
}

/**
 * `signIn` (第19条第1項). Every attempt is logon history (第19条の2第2項), so only a runaway length is
 * refused here (unrecorded): a card number of at most 256 characters (the history keeps the first 64) and
 * a password of at most 1,024 (what argon2id is given). The check depends on the shape alone — it tells
 * nothing about any account. Anything else is an attempt: recorded, and answered by the one generic failure.
 */
@ArgsType()
export class SignInArgs {
  @Field(() => String)
  @MaxChars(INPUT_LIMITS.maxSignInCardNumber)
  idCardNumber!: string;

  @Field(() => String)
  @MaxChars(INPUT_LIMITS.maxPassword)
  password!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  returnToken!: boolean;
}

/** `changePassword` (第21条第4項): the rules of 第21条第2項 are the domain's; here only the shape. */
@ArgsType()
export class ChangePasswordArgs {
  @Field(() => String)
  @Required()
  @MaxChars(INPUT_LIMITS.maxPassword)
  currentPassword!: string;

  @Field(() => String)
  @Required()
  @MaxChars(INPUT_LIMITS.maxPassword)
  newPassword!: string;
}

/** `unlockAccount` (第19条第1項). */
@ArgsType()
export class UnlockAccountArgs {
  @Field(() => ID)
  @GlobalId()
  staffId!: string;
}

/** `reportOperatorIdCardLost` (第20条第5項). */
@ArgsType()
export class ReportOperatorIdCardLostArgs {
  @Field(() => ID)
  @GlobalId()
  cardId!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Stolen rather than lost.' })
  stolen!: boolean;
}
