import { COMPLIANCE_STATUSES, type ComplianceStatus } from '@juki/policies';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { LocalizedTextType } from '../graphql/types/localized-text.type';

export const ComplianceStatusEnum = Object.fromEntries(COMPLIANCE_STATUSES.map((s) => [s, s])) as { [K in ComplianceStatus]: K };
registerEnumType(ComplianceStatusEnum, {
  name: 'ComplianceStatus',
  description: 'COMPLIANT (no offending record), VIOLATION (see count and offenders) or NOT_EVALUABLE (see reason).',
});

@ObjectType('ComplianceReason', { simpleResolvers: true, description: 'Why a check is NOT_EVALUABLE, or the summary of a VIOLATION: a catalogue code and its text.' })
export class ComplianceReasonType {
  @Field(() => String, { description: 'The message-catalogue code, e.g. `COMPLIANCE.ARTICLE_NOT_IN_FORCE`.' })
  code!: string;

  @Field(() => LocalizedTextType)
  message!: LocalizedTextType;
}

@ObjectType('ComplianceOffender', { simpleResolvers: true, description: 'One record that breaks the rule of a check: which record and what is wrong.' })
export class ComplianceOffenderType {
  @Field(() => String, { description: 'The record type, e.g. `OperatorIdCard`, `Staff`, `AuditEvent`.' })
  recordType!: string;

  @Field(() => ID, { nullable: true, description: 'The global id of the record; null when the offence is a missing record.' })
  recordId!: string | null;

  @Field(() => LocalizedTextType, { description: 'A short description (identifiers, dates; no personal data).' })
  description!: LocalizedTextType;

  @Field(() => String, { description: 'Pass as `offendersAfter` to `complianceCheck` for the offenders after this one.' })
  cursor!: string;
}

@ObjectType('ComplianceOffenderPage', { simpleResolvers: true, description: 'A page of the offending records of a check; `count` of the check is the total.' })
export class ComplianceOffenderPageType {
  @Field(() => [ComplianceOffenderType])
  items!: ComplianceOffenderType[];

  @Field(() => Boolean, { description: 'Whether more offenders follow (ask `complianceCheck` with `offendersAfter`).' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the last item.' })
  endCursor!: string | null;
}

/**
 * The evaluation of one compliance check (第6条第3項第2号) as of a date, over the caller's rows. Its `id`
 * names the check, the date and the row scope: a section's officer and a city-wide reader evaluate
 * different things (their own section's records, or the city's), so they get different ids.
 */
@ObjectType('ComplianceCheck', { simpleResolvers: true, description: 'A compliance check of one article, evaluated as of a date over the caller’s rows.' })
export class ComplianceCheckType {
  @Field(() => ID, { nullable: true })
  id!: string | null;

  @Field(() => String, { nullable: true, description: 'The check’s stable id, e.g. `art20.lostCardRevoked`.' })
  checkId!: string | null;

  @Field(() => String, { nullable: true, description: 'The article it enforces, e.g. `第20条第5項`.' })
  article!: string | null;

  @Field(() => String, { nullable: true, description: 'The chapter (章) of the guidelines, for grouping.' })
  chapter!: string | null;

  @Field(() => LocalizedTextType, { nullable: true })
  title!: LocalizedTextType | null;

  @Field(() => LocalizedTextType, { nullable: true, description: 'What compliant means, in terms of the records.' })
  compliant!: LocalizedTextType | null;

  @Field(() => ComplianceStatusEnum, { nullable: true })
  status!: ComplianceStatus | null;

  @Field(() => Int, { nullable: true, description: 'Offending records (0 unless VIOLATION).' })
  count!: number | null;

  @Field(() => ComplianceReasonType, { nullable: true, description: 'Why NOT_EVALUABLE, or the summary of a VIOLATION; null when COMPLIANT.' })
  reason!: ComplianceReasonType | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'The date evaluated (records as they stood at its end, in Japan).' })
  asOf!: string | null;

  @Field(() => String, { nullable: true, description: 'The policy profile in force on that date; null before the guidelines.' })
  profileId!: string | null;

  @Field(() => ComplianceOffenderPageType, { nullable: true })
  offenders!: ComplianceOffenderPageType | null;
}
