import { AUDIT_RECORD_TYPE_PATTERN, INPUT_LIMITS, isAuditIdentifier } from '@juki/policies';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { GlobalId, Instant, IntRange, MaxChars, Nested, Optional, Pattern, PlainText, Required } from '../graphql/validation/input-constraints';

/**
 * The constraints of 第19条第1項's legal holds that need no database (a short case reference, a bounded
 * reason, instants and a record type of the right shape) are checked here, before anything is read; that
 * the hold covers something and that its range is ordered stays the domain's (`checkLegalHoldScope`).
 */
@InputType('PlaceAuditLegalHoldInput', { description: 'A legal hold must cover a time range, a record type, or both.' })
export class PlaceAuditLegalHoldInput {
  @Field(() => String, { description: 'A short code (letters, digits, hyphens; at most 40 characters).' })
  @Required({ code: 'AUDIT.LEGAL_HOLD_REFERENCE_INVALID' })
  @MaxChars(INPUT_LIMITS.maxCaseReference, { code: 'AUDIT.LEGAL_HOLD_REFERENCE_INVALID' })
  @Pattern(isAuditIdentifier, { code: 'AUDIT.LEGAL_HOLD_REFERENCE_INVALID' })
  caseReference!: string;

  @Field(() => String, { description: '1–500 characters.' })
  @Required()
  @MaxChars(INPUT_LIMITS.maxReason)
  @PlainText({ allowLineBreaks: true })
  reason!: string;

  @Field(() => Date, { nullable: true })
  @Optional()
  @Instant()
  coversFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  @Optional()
  @Instant()
  coversUntil?: Date | null;

  @Field(() => String, { nullable: true })
  @Optional()
  @MaxChars(INPUT_LIMITS.maxRecordType)
  @Pattern(AUDIT_RECORD_TYPE_PATTERN)
  recordType?: string | null;
}

@InputType('ReleaseAuditLegalHoldInput')
export class ReleaseAuditLegalHoldInput {
  @Field(() => ID)
  @GlobalId()
  id!: string;

  @Field(() => Int, { description: 'The version you saw.' })
  @IntRange(1, 2_147_483_647)
  version!: number;
}

/** `placeAuditLegalHold(input:)`. */
@ArgsType()
export class PlaceAuditLegalHoldArgs {
  @Field(() => PlaceAuditLegalHoldInput)
  @Nested()
  input!: PlaceAuditLegalHoldInput;
}

/** `releaseAuditLegalHold(input:)`. */
@ArgsType()
export class ReleaseAuditLegalHoldArgs {
  @Field(() => ReleaseAuditLegalHoldInput)
  @Nested()
  input!: ReleaseAuditLegalHoldInput;
}
