import type { PurgeStop } from '@juki/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AuditPurgeStopEnum } from './audit.enums';
import { AuditCheckpointType } from './audit-legal-hold.type';

@ObjectType('AuditPurgeResult', { simpleResolvers: true, description: 'What a purge of the operation history removed and left behind.' })
export class AuditPurgeResultType {
  @Field(() => Int)
  purgedCount!: number;

  @Field(() => AuditPurgeStopEnum)
  stoppedBy!: PurgeStop;

  @Field(() => Float, { description: 'The first event kept.' })
  firstKeptSequence!: number;

  @Field(() => AuditCheckpointType, { nullable: true, description: 'The checkpoint left behind (null when nothing was purged).' })
  checkpoint!: AuditCheckpointType | null;

  @Field(() => ID, { description: 'Global id of the event recording this purge.' })
  eventId!: string;
}
