import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../api-context';
import { fromGlobalId } from './global-id';
import { NodeInterface } from './node.interface';
import type { NodeSource } from './node-source';

/** `node(id: ID!)`: any record by its global id, under the caller's row scope (out of reach = null). */
@Resolver()
export class NodeResolver {
  private readonly sources: ReadonlyMap<string, NodeSource>;

  constructor(sources: readonly NodeSource[] = []) {
    this.sources = new Map(sources.map((s) => [s.typeName, s]));
  }

  @Query(() => NodeInterface, { nullable: true, description: 'A record by its global id; null when it does not exist or is out of reach.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() context: ApiContext): Promise<NodeInterface | null> {
    const { type, id: rowId } = fromGlobalId(id);
    const source = this.sources.get(type);
    if (!source) return null;
    return (await source.load(context, rowId)) as NodeInterface | null;
  }
}
