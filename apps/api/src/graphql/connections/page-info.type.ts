import { Field, ObjectType } from 'type-graphql';
import type { Edge } from './connection.types';

/**
 * Relay page information. The start and end cursors are getters: encoded only if selected (a nested
 * connection per row would otherwise encode two cursors per row for nothing).
 */
@ObjectType('PageInfo', { simpleResolvers: true, description: 'Relay page information of a connection.' })
export class PageInfoType {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => Boolean, { description: 'Paging forward, true when the page starts after a cursor.' })
  hasPreviousPage: boolean;

  constructor(
    hasPreviousPage: boolean,
    hasNextPage: boolean,
    private readonly edges: readonly Edge<unknown>[],
  ) {
    this.hasPreviousPage = hasPreviousPage;
    this.hasNextPage = hasNextPage;
  }

  @Field(() => String, { nullable: true })
  get startCursor(): string | null {
    return cursorOf(this.edges[0]);
  }

  @Field(() => String, { nullable: true })
  get endCursor(): string | null {
    return cursorOf(this.edges[this.edges.length - 1]);
  }
}

function cursorOf(edge: Edge<unknown> | undefined): string | null {
  if (!edge) return null;
  return typeof edge.cursor === 'function' ? (edge.cursor() as string) : edge.cursor;
}
