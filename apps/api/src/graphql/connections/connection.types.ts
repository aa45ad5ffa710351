import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfoType } from './page-info.type';

/** A value computed only if the client selects the field (graphql-js calls a function-valued property). */
export type Lazy<T> = T | (() => T | Promise<T>);

export interface Edge<TNode> {
  /** Encoded only if the client selects it (a getter or a function-valued property). */
  readonly cursor: string | (() => string);
  readonly node: TNode;
}

export interface Connection<TNode> {
  readonly edges: readonly Edge<TNode>[];
  readonly pageInfo: PageInfoType;
  /** Every row the caller may read under the same filters (not only this page); counted only when selected. */
  readonly totalCount: Lazy<number>;
}

/**
 * The Relay types of one record type: `<Name>Connection { edges { cursor node } pageInfo totalCount }` and
 * `<Name>Edge`. Both are structural (authorization checks the nodes as `<Name>`), with plain properties
 * and graphql-js's default resolvers: no per-field wrapper, no promise per scalar.
 */
export function connectionTypes<TNode extends object>(name: string, node: ClassType<TNode>): { connection: ClassType<Connection<TNode>>; edge: ClassType<Edge<TNode>> } {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `An edge of ${name}Connection.` })
  class EdgeType implements Edge<TNode> {
    @Field(() => String, { description: 'Opaque: pass it back as after/before.' })
    cursor!: string | (() => string);

    @Field(() => node)
    node!: TNode;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} (Relay connection, keyset pagination).` })
  class ConnectionType implements Connection<TNode> {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfoType)
    pageInfo!: PageInfoType;

    @Field(() => Int, { description: 'How many rows the caller may read under the same filters (all pages).' })
    totalCount!: Lazy<number>;
  }

  return { connection: ConnectionType, edge: EdgeType };
}

export function pageInfo(hasPreviousPage: boolean, hasNextPage: boolean, edges: readonly Edge<unknown>[]): PageInfoType {
  return new PageInfoType(hasPreviousPage, hasNextPage, edges);
}
