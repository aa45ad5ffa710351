import type { EntitySchema } from 'typeorm';
import type { NodeSource } from './graphql/relay/node-source';

/** A class (entity or resolver), whatever its constructor takes. */
export type ModuleClass = abstract new (...args: never[]) => unknown;

/**
 * One record type or domain area of the API: its folder under src/ exports one `<area>.module.ts`
 * listing its TypeORM entities and type-graphql resolvers, and `api-modules.ts` registers it.
 * Migrations stay in database/migrations/ (one timeline for both databases).
 */
export interface ApiModule {
  /** The folder name, kebab-case. */
  readonly name: string;
  readonly entities: readonly (ModuleClass | EntitySchema)[];
  readonly resolvers: readonly ModuleClass[];
  /** How `node(id)` finds this area's record types by global id (row scope applied). */
  readonly nodes?: readonly NodeSource[];
}
