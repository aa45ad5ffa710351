import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../graphql/relay/node.interface';

@ObjectType('AuditLegalHold', {
  implements: NodeInterface,
  simpleResolvers: true,
  description: 'A legal hold (保全措置) on the operation history: while in force, nothing it covers is purged (第19条第1項).',
})
export class AuditLegalHoldType extends NodeInterface {
  @Field(() => String, { description: 'The case it serves (a short code).' })
  caseReference!: string | null;

  @Field(() => String, { description: 'Why (masked for auditors).' })
  reason!: string | null;

  @Field(() => Date, { nullable: true, description: 'Covers events that occurred at or after this instant (open when null).' })
  coversFrom!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Covers events that occurred before this instant (open when null).' })
  coversUntil!: Date | null;

  @Field(() => String, { nullable: true, description: 'Covers only events about this record type (any when null).' })
  recordType!: string | null;

  @Field(() => Boolean, { description: 'Placed and not released.' })
  inForce!: boolean | null;

  @Field(() => Date)
  placedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the staff member who placed it.' })
  placedByStaffId!: string | null;

  @Field(() => Date, { nullable: true })
  releasedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  releasedByStaffId!: string | null;

  @Field(() => Int, { description: 'Pass it back to release the hold (a stale version is refused: CONFLICT).' })
  version!: number | null;
}

@ObjectType('AuditCheckpoint', {
  implements: NodeInterface,
  simpleResolvers: true,
  description: 'Left by a purge of the operation history: the last purged event, from which verification of the rest starts.',
})
export class AuditCheckpointType extends NodeInterface {
  @Field(() => Float, { description: 'Sequence of the last purged event.' })
  sequence!: number | null;

  @Field(() => String, { description: 'Hash of the last purged event.' })
  hash!: string | null;

  @Field(() => Int)
  purgedCount!: number | null;

  @Field(() => Date)
  purgedBefore!: Date | null;

  @Field(() => Date)
  createdAt!: Date | null;

  @Field(() => ID, { nullable: true })
  createdByStaffId!: string | null;
}
