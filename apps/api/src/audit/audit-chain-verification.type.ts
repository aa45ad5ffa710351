import type { AuditChainBreakReason } from '@juki/domain';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { AuditChainBreakReasonEnum } from './audit.enums';

@ObjectType('AuditChainBreak', { simpleResolvers: true, description: 'The first broken link of the operation-history chain.' })
export class AuditChainBreakType {
  @Field(() => Float, { description: 'The sequence where the chain breaks.' })
  sequence!: number;

  @Field(() => ID, { nullable: true, description: 'Global id of the event there; null when the event is missing (a truncated chain).' })
  eventId!: string | null;

  @Field(() => AuditChainBreakReasonEnum)
  reason!: AuditChainBreakReason;
}

@ObjectType('AuditChainVerification', {
  simpleResolvers: true,
  description: 'The result of verifying the hash chain of the operation history (第19条第1項), from the latest purge checkpoint to the head.',
})
export class AuditChainVerificationType {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => Float, { description: 'Events verified (up to the first break).' })
  checked!: number;

  @Field(() => Float, { nullable: true, description: 'The checkpoint verification started from (the last purged event), if any.' })
  checkpointSequence!: number | null;

  @Field(() => String, { nullable: true })
  checkpointHash!: string | null;

  @Field(() => Float, { nullable: true, description: 'The last event verified: write it down (with its hash) to anchor later verifications.' })
  verifiedThroughSequence!: number | null;

  @Field(() => String, { nullable: true })
  verifiedThroughHash!: string | null;

  @Field(() => AuditChainBreakType, { nullable: true, description: 'The FIRST broken link; null when ok.' })
  firstBrokenAt!: AuditChainBreakType | null;
}
