import { INPUT_LIMITS, type IsoDate } from '@juki/policies';
import { ArgsType, Field } from 'type-graphql';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { CalendarDate, MaxChars, Nested, Optional } from '../graphql/validation/input-constraints';
import { PasswordContextInput } from './rule-checks.types';

/** `checkPasswordStrength` (第21条第2項): any candidate up to what argon2id would be given; the rule says the rest. */
@ArgsType()
export class CheckPasswordStrengthArgs {
  @Field(() => String)
  @MaxChars(INPUT_LIMITS.maxPassword)
  password!: string;

  @Field(() => PasswordContextInput, { nullable: true })
  @Optional()
  @Nested()
  context?: PasswordContextInput | null;
}

/** `checkPin` (第10条の4第1号): the rule answers NOT_FOUR_DIGITS for any other shape; only a runaway length is refused unread. */
@ArgsType()
export class CheckPinArgs {
  @Field(() => String)
  @MaxChars(INPUT_LIMITS.maxPin)
  pin!: string;

  @Field(() => CalendarDateScalar)
  @CalendarDate()
  birthDate!: IsoDate;
}
