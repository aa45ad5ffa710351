import type { ApiContext } from '../api-context';

/**
 * How `node(id)` finds rows of one record type: `load` applies the caller's row filter in its SQL and maps
 * the row with the caller's field access, returning null for a row that does not exist or is out of reach.
 * Each API module lists its node sources (`ApiModule.nodes`).
 */
export interface NodeSource {
  readonly typeName: string;
  load(context: ApiContext, id: string): Promise<object | null>;
}
