import { checkPasswordStrength, checkPin, jstDate, type PasswordContext } from '@juki/policies';
import { Args, Query, Resolver } from 'type-graphql';
import { CheckPasswordStrengthArgs, CheckPinArgs } from './rule-checks.args';
import { PasswordCheckType, PinCheckType } from './rule-checks.types';
import { ViolationType } from './violation.type';

/**
 * Pure checks of the caller's own input (第21条第2項, 第10条の4第1号): nothing is read, written or logged.
 * The candidate password and the PIN live only in this call's arguments.
 */
@Resolver()
export class RuleChecksResolver {
  @Query(() => PasswordCheckType, { description: 'Checks a candidate password against 第21条第2項 (profile in force today).' })
  checkPasswordStrength(@Args() { password, context }: CheckPasswordStrengthArgs): PasswordCheckType {
    const ctx: PasswordContext = {
      ...(context?.userId ? { userId: context.userId } : {}),
      ...(context?.idCardNumber ? { idCardNumber: context.idCardNumber } : {}),
      ...(context?.names ? { names: context.names } : {}),
      ...(context?.birthDate ? { birthDate: context.birthDate } : {}),
      today: jstDate(new Date()),
    };
    const verdict = checkPasswordStrength(password, ctx);
    const type = new PasswordCheckType();
    type.ok = verdict.ok;
    type.score = verdict.score;
    type.violations = verdict.violations.map((v) => ViolationType.from(v));
    return type;
  }

  @Query(() => PinCheckType, { description: 'Checks a 4-digit resident-card PIN against the applicant’s birth date (第10条の4第1号).' })
  checkPin(@Args() { pin, birthDate }: CheckPinArgs): PinCheckType {
    const verdict = checkPin(pin, birthDate);
    const type = new PinCheckType();
    type.allowed = verdict.allowed;
    type.reasons = [...verdict.reasons];
    type.violations = verdict.violations.map((v) => ViolationType.from(v));
    return type;
  }
}
