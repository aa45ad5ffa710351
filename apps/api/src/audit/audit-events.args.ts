import type { AuditOutcome } from '@juki/domain';
import { AUDIT_OPERATION_PATTERN, AUDIT_RECORD_TYPE_PATTERN, INPUT_LIMITS } from '@juki/policies';
import { ArgsType, Field, ID } from 'type-graphql';
import { ConnectionArgs } from '../graphql/connections/connection.args';
import { GlobalId, Instant, MaxChars, Optional, Pattern } from '../graphql/validation/input-constraints';
import { AuditOutcomeEnum } from './audit.enums';

/** `auditEvents`: in chain order (`last: n` for the newest), optionally narrowed. */
@ArgsType()
export class AuditEventsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only this operation, e.g. Mutation.signIn.' })
  @Optional()
  @MaxChars(INPUT_LIMITS.maxOperation)
  @Pattern(AUDIT_OPERATION_PATTERN)
  operation?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events about this record type.' })
  @Optional()
  @MaxChars(INPUT_LIMITS.maxRecordType)
  @Pattern(AUDIT_RECORD_TYPE_PATTERN)
  recordType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events of this staff member (global id).' })
  @Optional()
  @GlobalId()
  actorStaffId?: string | null;

  @Field(() => AuditOutcomeEnum, { nullable: true })
  outcome?: AuditOutcome | null;

  @Field(() => Date, { nullable: true, description: 'Only events that occurred at or after this instant.' })
  @Optional()
  @Instant()
  occurredFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only events that occurred before this instant.' })
  @Optional()
  @Instant()
  occurredBefore?: Date | null;
}
