import { INPUT_LIMITS } from '@juki/policies';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { CalendarDate, Items, MaxChars, Optional, PlainText } from '../graphql/validation/input-constraints';
import { ViolationType } from './violation.type';

@InputType('PasswordContextInput', { description: 'What the password must not contain: the person’s own data.' })
export class PasswordContextInput {
  @Field(() => String, { nullable: true })
  @Optional()
  @MaxChars(INPUT_LIMITS.maxUserId)
  @PlainText()
  userId?: string;

  @Field(() => String, { nullable: true, description: 'Operator ID-card number (第20条).' })
  @Optional()
  @MaxChars(INPUT_LIMITS.maxCardNumber)
  @PlainText()
  idCardNumber?: string;

  @Field(() => [String], { nullable: true, description: 'Names as recorded: kanji, kana, romaji.' })
  @Optional()
  @Items({ max: INPUT_LIMITS.maxNames })
  @MaxChars(INPUT_LIMITS.maxName, { each: true })
  @PlainText({ each: true })
  names?: string[];

  @Field(() => CalendarDateScalar, { nullable: true, description: 'Birth date.' })
  @Optional()
  @CalendarDate()
  birthDate?: string;
}

@ObjectType('PasswordCheck', { description: 'The verdict of 第21条第2項 on a candidate password.' })
export class PasswordCheckType {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => Int, { description: 'zxcvbn-family score, 0–4.' })
  score!: number;

  @Field(() => [ViolationType])
  violations!: ViolationType[];
}

@ObjectType('PinCheck', { description: 'The verdict of 第10条の4第1号 on a resident-card PIN. The PIN itself is never returned, stored or logged.' })
export class PinCheckType {
  @Field(() => Boolean)
  allowed!: boolean;

  @Field(() => [String], { description: 'Reason codes, e.g. BIRTH_DATE, SEQUENCE.' })
  reasons!: string[];

  @Field(() => [ViolationType])
  violations!: ViolationType[];
}
