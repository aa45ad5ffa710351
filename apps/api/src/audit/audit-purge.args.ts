import { MAX_PURGE_EVENTS } from '@juki/domain';
import { ArgsType, Field, Int } from 'type-graphql';
import { Instant, IntRange, Optional } from '../graphql/validation/input-constraints';

/** `purgeAuditEvents` (第19条第1項): whether `before` is past retention is the domain's check (`checkPurge`). */
@ArgsType()
export class PurgeAuditEventsArgs {
  @Field(() => Date)
  @Instant()
  before!: Date;

  @Field(() => Int, { nullable: true, description: 'At most this many events (1–10,000, the default).' })
  @Optional()
  @IntRange(1, MAX_PURGE_EVENTS, { code: 'AUDIT.PURGE_LIMIT_INVALID', params: { max: MAX_PURGE_EVENTS } })
  maxEvents?: number | null;
}
