import {
  fieldAccess,
  integrationTokenAllows,
  MASK,
  operationAllowed,
  operationRule,
  PERMISSION_MATRIX,
  ROLES,
  rowScope,
  type FieldAccess,
  type Role,
} from '@juki/policies';
import { getNamedType, isNonNullType, parse, visit, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { isDeepStrictEqual } from 'node:util';
import type { TestApi } from '../../testing/test-api';
import { closeAndEmpty, startEmptyTestApi } from '../testing/empty-test-api';
import { TEST_DATABASES } from '../../testing/test-databases';
import { buildApiSchema } from '../build-api-schema';
import { QUERY_LIMITS } from '../protection/query-limits';
import { toGlobalId } from '../relay/global-id';
import { matrixPaths, recordTypesOf, selectionOf, type MatrixPath } from '../testing/matrix-paths';
import { postAs, signInEveryRole, type RoleCaller } from '../testing/role-callers';
import { matrixTypeOf } from './structural-types';

const RANK: Readonly<Record<FieldAccess, number>> = { DENIED: 0, MASKED: 1, READ: 2, WRITE: 3 };
const readable = (a: FieldAccess): boolean => a === 'READ' || a === 'WRITE';
const matrix = (graphqlType: string): string => matrixTypeOf(graphqlType) ?? graphqlType;

/**
 * What the matrix says the caller gets for `field` of a row they reach: the best access among the roles
 * that reach every row (city-wide), else among all their roles that read the type.
 */
function expectedAccess(caller: RoleCaller, type: string, field: string): FieldAccess {
  const readers = caller.roles.filter((r) => rowScope(r, type) !== undefined);
  const city = readers.filter((r) => rowScope(r, type) === 'CITY');
  const pool = city.length > 0 ? city : readers;
  return pool.map((r) => fieldAccess(r, type, field)).reduce<FieldAccess>((best, a) => (RANK[a] > RANK[best] ? a : best), 'DENIED');
}

/** Whether the matrix refuses the whole operation: the operation, a field on the way, or a token scope. */
function expectedRefusal(caller: RoleCaller, path: MatrixPath, field: string): boolean {
  const rule = operationRule(path.operation);
  if (!rule) return true;
  const steps = [...path.steps, ...(path.kind === 'node' ? [] : [{ type: path.type, field: 'id' }]), { type: path.type, field }];
  if (rule.audience === 'PUBLIC') return steps.some((s) => !ROLES.every((r) => readable(fieldAccess(r, matrix(s.type), s.field))));
  if (!operationAllowed(path.operation, caller.roles)) return true;
  if (caller.scopes && steps.some((s) => !integrationTokenAllows(matrix(s.type), 'read', caller.scopes as string[]))) return true;
  return steps.some((s) => caller.roles.every((r) => fieldAccess(r, matrix(s.type), s.field) === 'DENIED'));
}

/** Tested fields per part of a batched document, and parts per document (each within QUERY_LIMITS, checked below). */
const PART_FIELDS = 12;
const PARTS_PER_DOCUMENT = 6;

/** Whether a document stays within the API's token and alias limits (so that batching is not refused for its size). */
function withinStaticLimits(query: string): boolean {
  try {
    let aliases = 0;
    visit(parse(query, { maxTokens: QUERY_LIMITS.maxTokens }), { Field: (node) => void (node.alias ? aliases++ : undefined) });
    return aliases <= QUERY_LIMITS.maxAliases;
  } catch {
    return false;
  }
}

/** Runs `task` over `items` with at most POOL in flight (requests overlap their I/O; the order of results does not matter). */
const POOL = 4;
async function inPool<T>(items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(POOL, items.length) }, worker));
}

function testedFields(type: GraphQLObjectType): string[] {
  return Object.values(type.getFields())
    .filter((f) => !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined))
    .map((f) => f.name);
}

describe.each(TEST_DATABASES)('the permission matrix: every role × type × field × path on $name', (database) => {
  const config = database.config();
  let api: TestApi;
  let callers: ReadonlyMap<Role, RoleCaller>;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    api = await startEmptyTestApi(config);
    callers = await signInEveryRole(api);
    schema = await buildApiSchema();
  }, 120_000);
  afterAll(async () => {
    await closeAndEmpty(api, config);
  });

  /** Ids of rows of a type straight from its table (`<Type>Entity`), for `node` when no list reaches them. */
  async function idsFromTable(type: string): Promise<string[]> {
    const metadata = api.dataSource.entityMetadatas.find((m) => m.targetName === `${type}Entity`);
    if (!metadata) return [];
    const rows = await api.dataSource.getRepository(metadata.target).createQueryBuilder('t').select('t.id', 'id').orderBy('t.id').limit(4).getRawMany<{ id: string }>();
    return rows.map((r) => toGlobalId(type, String(r.id)));
  }

  it('returns exactly what the matrix allows: values, masks, nulls for rows out of reach, FORBIDDEN for the rest', async () => {
    const problems: string[] = [];
    /** The first value seen for (type, row, field[, reader]), and how to read it again as the same caller and path. */
    const reference = new Map<string, { value: unknown; who: string; again: () => Promise<unknown> }>();
    const coverage = new Map<string, number>();
    /** (role, path, field) cases asserted, and the HTTP requests they took. */
    let cases = 0;
    let requests = 0;

    const check = async (
      caller: RoleCaller,
      path: MatrixPath,
      field: string,
      row: { id: string; value: unknown },
      again: () => Promise<unknown>,
    ): Promise<void> => {
      const type = matrix(path.type);
      const access = expectedAccess(caller, type, field);
      const where = `${caller.role} ${path.type}.${field} via ${path.label} (row ${row.id})`;
      coverage.set(path.type, (coverage.get(path.type) ?? 0) + 1);
      if (access === 'MASKED') {
        if (row.value !== MASK) problems.push(`${where}: expected the mask, got ${JSON.stringify(row.value)}`);
        return;
      }
      if (!readable(access)) {
        problems.push(`${where}: a row the caller may not read the field of came back (${JSON.stringify(row.value)})`);
        return;
      }
      if (row.value === MASK) problems.push(`${where}: masked, but the matrix lets ${caller.role} read it`);
      // A `perReader` field (e.g. the caller's own read receipt) is the same for one reader through every
      // path, and may differ between readers by design: it is compared per reader.
      const key = `${path.type}|${row.id}|${field}${PERMISSION_MATRIX[type]?.fields[field]?.perReader ? `|${caller.who}` : ''}`;
      const seen = reference.get(key);
      if (!seen) {
        reference.set(key, { value: row.value, who: `${caller.role} via ${path.label}`, again });
      } else if (!isDeepStrictEqual(seen.value, row.value)) {
        // A value the system maintains may have moved on since (e.g. a token's last use): read the reference
        // again, the same way; only a difference at the same moment is a leak or a mix-up.
        const now = await seen.again();
        if (isDeepStrictEqual(now, row.value)) reference.set(key, { ...seen, value: now });
        else problems.push(`${where}: ${JSON.stringify(row.value)} but ${seen.who} got ${JSON.stringify(now)}`);
      }
    };

    const post = (caller: RoleCaller, query: string, variables?: Record<string, unknown>) => {
      requests++;
      return postAs(api.graphqlUrl, caller, query, variables);
    };

    const readAgain = (caller: RoleCaller, path: MatrixPath, field: string, selection: string, id: string, variables?: Record<string, unknown>) => async () => {
      const response = await post(caller, path.query(field, selection), variables);
      return response.body.data ? path.rows(response.body.data, field).find((r) => r.id === id)?.value : undefined;
    };

    /** One (path, field) on its own, as the caller: FORBIDDEN when the matrix refuses it, else its rows. */
    const run = async (caller: RoleCaller, path: MatrixPath, field: string, selection: string, variables?: Record<string, unknown>) => {
      const response = await post(caller, path.query(field, selection), variables);
      const where = `${caller.role} ${path.type}.${field} via ${path.label}`;
      if (expectedRefusal(caller, path, field)) {
        const code = response.body.errors?.[0]?.extensions?.['code'];
        if (code !== 'FORBIDDEN' || response.body.data !== undefined) problems.push(`${where}: expected FORBIDDEN, got ${response.text.slice(0, 200)}`);
        return null;
      }
      if (response.body.errors || !response.body.data) {
        problems.push(`${where}: expected data, got ${response.text.slice(0, 300)}`);
        return null;
      }
      return path.rows(response.body.data, field);
    };

    /** One case: a (path, field) the caller asked for, with its variables (a node's id) and the rows it got. */
    interface Case {
      readonly path: MatrixPath;
      readonly field: string;
      readonly selection: string;
      readonly variables?: Record<string, unknown>;
    }

    /**
     * Every case of one caller: those the matrix refuses each on its own (each must be FORBIDDEN by itself),
     * all the others in ONE document (each path a part of it, every tested field selected on each row, a
     * node id per part) — the rows of each case are picked out of that one response. When that document
     * does not come back whole with data (an error anywhere), every case of it runs again on its own, so a
     * problem is named by its own case exactly as before.
     */
    const runCases = async (caller: RoleCaller, all: readonly Case[]): Promise<Map<Case, { id: string; value: unknown }[] | null>> => {
      cases += all.length;
      const results = new Map<Case, { id: string; value: unknown }[] | null>();
      const refused = all.filter((c) => expectedRefusal(caller, c.path, c.field));
      const batched = all.filter((c) => !refused.includes(c));
      const groups = new Map<string, { path: MatrixPath; variables?: Record<string, unknown>; cases: Case[] }>();
      for (const c of batched) {
        const id = c.variables?.['id'];
        const groupKey = `${c.path.label}|${typeof id === 'string' ? id : ''}`;
        const group = groups.get(groupKey) ?? { path: c.path, ...(c.variables ? { variables: c.variables } : {}), cases: [] };
        group.cases.push(c);
        groups.set(groupKey, group);
      }
      const individually = async (list: readonly Case[]) =>
        inPool(list, async (c) => void results.set(c, await run(caller, c.path, c.field, c.selection, c.variables)));
      // Parts of at most PART_FIELDS tested fields (the alias path spends an alias per field).
      const units = [...groups.values()].flatMap((g) => {
        const chunks: Case[][] = [];
        for (let i = 0; i < g.cases.length; i += PART_FIELDS) chunks.push(g.cases.slice(i, i + PART_FIELDS));
        return chunks.map((chunk) => ({ path: g.path, variables: g.variables, cases: chunk }));
      });
      type Unit = (typeof units)[number];
      let keys = 0;
      const documentOf = (list: readonly Unit[]) => {
        const texts: string[] = [];
        const fragments: string[] = [];
        const variables: Record<string, unknown> = {};
        const keyed = list.map((unit) => {
          const key = `p${keys++}`;
          const { text, fragment } = unit.path.part(key, unit.cases.map((c) => ({ field: c.field, selection: c.selection })));
          texts.push(text);
          if (fragment) fragments.push(fragment);
          if (unit.path.kind === 'node') variables[key] = unit.variables?.['id'];
          return { key, unit };
        });
        const declared = Object.keys(variables).map((k) => `$${k}: ID!`);
        const query = `query${declared.length > 0 ? `(${declared.join(', ')})` : ''} { ${texts.join(' ')} } ${fragments.join(' ')}`;
        return { query, variables: declared.length > 0 ? variables : undefined, keyed };
      };
      // Packs parts into documents within the API's static limits (tokens, aliases); the cost and row bounds
      // are left to the server: a document it refuses is split (below), never counted as a problem by itself.
      const documents: Unit[][] = [];
      for (const unit of units) {
        const last = documents[documents.length - 1];
        if (last && last.length < PARTS_PER_DOCUMENT && withinStaticLimits(documentOf([...last, unit]).query)) last.push(unit);
        else documents.push([unit]);
      }
      const runDocument = async (list: readonly Unit[]): Promise<void> => {
        const { query, variables, keyed } = documentOf(list);
        const response = await post(caller, query, variables);
        const data = response.body.data;
        if (response.body.errors || !data) {
          // Not whole (e.g. over the cost limit, or a problem): each part again on its own, a lone part in two
          // halves, and a lone case on its own (`run`: exactly as without batching, problems named per case).
          const [unit] = list;
          if (list.length > 1) await inPool(list, (u) => runDocument([u]));
          else if (unit && unit.cases.length > 1) {
            const half = Math.ceil(unit.cases.length / 2);
            await Promise.all([runDocument([{ ...unit, cases: unit.cases.slice(0, half) }]), runDocument([{ ...unit, cases: unit.cases.slice(half) }])]);
          } else await individually(list.flatMap((u) => u.cases));
          return;
        }
        for (const { key, unit } of keyed) for (const c of unit.cases) results.set(c, unit.path.partRows(data, key, c.field));
      };
      const batch = () => inPool(documents, runDocument);
      await Promise.all([batch(), individually(refused)]);
      return results;
    };

    for (const type of recordTypesOf(schema)) {
      const paths = matrixPaths(schema, type);
      if (paths.length === 0) continue; // reached only through mutations (their results) or not at all
      const fields = testedFields(type);
      const listIds = new Map<Role, Set<string>>();
      const seenIds = new Set<string>();
      const listCases: Case[] = paths
        .filter((p) => p.kind !== 'node')
        .flatMap((path) => fields.map((field) => ({ path, field, selection: selectionOf(type, field) })));
      await inPool(ROLES, async (role) => {
        const caller = callers.get(role) as RoleCaller;
        const results = await runCases(caller, listCases);
        for (const c of listCases) {
          for (const row of results.get(c) ?? []) {
            await check(caller, c.path, c.field, row, readAgain(caller, c.path, c.field, c.selection, row.id));
            seenIds.add(row.id);
            if (c.path.kind === 'list') listIds.set(role, (listIds.get(role) ?? new Set()).add(row.id));
          }
        }
      });
      const nodePath = paths.find((p) => p.kind === 'node');
      if (!nodePath) continue;
      const sample = [...seenIds].slice(0, 3);
      if (sample.length === 0) sample.push(...(await idsFromTable(type.name)));
      sample.push(toGlobalId(type.name, '00000000-0000-4000-8000-000000000000'));
      const hasList = paths.some((p) => p.kind === 'list');
      const nodeCases: Case[] = sample.flatMap((id) => fields.map((field) => ({ path: nodePath, field, selection: selectionOf(type, field), variables: { id } })));
      await inPool(ROLES, async (role) => {
        const caller = callers.get(role) as RoleCaller;
        const results = await runCases(caller, nodeCases);
        for (const c of nodeCases) {
          const rows = results.get(c);
          if (rows === null || rows === undefined) continue;
          const id = c.variables?.['id'] as string;
          const visible = rows.length > 0;
          const where = `${role} node(${id}) as ${type.name}.${c.field}`;
          if (hasList && visible !== (listIds.get(role)?.has(id) ?? false)) {
            problems.push(`${where}: ${visible ? 'found a row its list does not show' : 'null for a row its list shows'}`);
          }
          if (!hasList && visible && rowScope(role, matrix(type.name)) === undefined && caller.roles.every((r) => rowScope(r, matrix(type.name)) === undefined)) {
            problems.push(`${where}: found a row of a type the caller reads no row of`);
          }
          for (const row of rows) await check(caller, nodePath, c.field, row, readAgain(caller, nodePath, c.field, c.selection, row.id, { id }));
        }
      });
    }

    expect(problems).toEqual([]);
    // The check is not vacuous: the organisation (seeded) is read through every path by every role.
    expect(coverage.get('OrganisationUnit')).toBeGreaterThan(ROLES.length * 100);
    expect(cases).toBeGreaterThan(1_000);
    expect(requests).toBeGreaterThan(0);
    const units = schema.getQueryType()?.getFields()['organisationUnits'];
    expect(units && getNamedType(units.type).name).toBe('OrganisationUnitConnection');
  }, 300_000);
});
