import type { AuditActorKind, AuditOutcome } from '@juki/domain';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { NodeInterface } from '../graphql/relay/node.interface';
import { AuditActorKindEnum, AuditOutcomeEnum } from './audit.enums';

/**
 * One event of the operation history (第19条第1項), as the API shows it: read-only (no mutation changes
 * or deletes events), built field by field by `toAuditEventType` with the caller's access to the row.
 */
@ObjectType('AuditEvent', {
  implements: NodeInterface,
  simpleResolvers: true,
  description: 'An event of the operation history (第19条第1項): who, in which roles, did what to which records, when, from where, with what outcome. Hash-chained.',
})
export class AuditEventType extends NodeInterface {
  @Field(() => Float, { description: 'Position in the chain: 1, 2, 3… without gaps (an integer).' })
  sequence!: number | null;

  @Field(() => Date)
  occurredAt!: Date | null;

  @Field(() => AuditActorKindEnum)
  actorKind!: AuditActorKind | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the staff member who acted.' })
  actorStaffId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the ward system (API client) that acted.' })
  actorApiClientId!: string | null;

  @Field(() => [String], { description: 'The roles the actor acted in (code names, e.g. SECURITY_OFFICER).' })
  actorRoles!: string[] | null;

  @Field(() => String, { description: 'Query.x, Mutation.y or System.z.' })
  operation!: string | null;

  @Field(() => String, { nullable: true, description: 'The record type concerned (e.g. PrintedFormOutput).' })
  recordType!: string | null;

  @Field(() => [String], { description: 'Row ids of the records concerned (global id = base64 of "<recordType>:<id>").' })
  recordIds!: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the section (課) the records belong to.' })
  sectionId!: string | null;

  @Field(() => String, { nullable: true, description: 'The client address (masked for auditors).' })
  source!: string | null;

  @Field(() => AuditOutcomeEnum)
  outcome!: AuditOutcome | null;

  @Field(() => String, { description: 'SHA-256 (hex) sealing this event and previousHash.' })
  hash!: string | null;

  @Field(() => String, { description: 'The hash of the event before (or of the purge checkpoint; 64 zeros for the first event).' })
  previousHash!: string | null;
}
