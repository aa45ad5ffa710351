import { ArgsType, Field, Int } from 'type-graphql';
import type { ConnectionArguments } from './page-request';
import { MAX_PAGE_SIZE } from './page-size';

/** Relay arguments of a root connection: `first`/`after` forward or `last`/`before` backward, at most 100. */
@ArgsType()
export class ConnectionArgs implements ConnectionArguments {
  @Field(() => Int, { nullable: true, description: `Page size paging forward, 0–${MAX_PAGE_SIZE} (default ${MAX_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Start after this cursor.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size paging backward, 0–${MAX_PAGE_SIZE}.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'End before this cursor.' })
  before?: string | null;
}
