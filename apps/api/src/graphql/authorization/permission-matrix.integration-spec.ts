import {
  fieldAccess,
  integrationTokenAllows,
  MASK,
  operationAllowed,
  operationRule,
  ROLES,
  rowScope,
  type FieldAccess,
  type Role,
} from '@juki/policies';
import { getNamedType, isNonNullType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { isDeepStrictEqual } from 'node:util';
import type { TestApi } from '../../testing/test-api';
import { closeAndEmpty, startEmptyTestApi } from '../testing/empty-test-api';
import { TEST_DATABASES } from '../../testing/test-databases';
import { buildApiSchema } from '../build-api-schema';
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
    /** The first value seen for (type, row, field), and how to read it again as the same caller and path. */
    const reference = new Map<string, { value: unknown; who: string; again: () => Promise<unknown> }>();
    const coverage = new Map<string, number>();
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
      const key = `${path.type}|${row.id}|${field}`;
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

    const fetchRows = async (caller: RoleCaller, path: MatrixPath, field: string, selection: string, variables?: Record<string, unknown>) =>
      postAs(api.graphqlUrl, caller, path.query(field, selection), variables);

    const readAgain = (caller: RoleCaller, path: MatrixPath, field: string, selection: string, id: string, variables?: Record<string, unknown>) => async () => {
      const response = await fetchRows(caller, path, field, selection, variables);
      return response.body.data ? path.rows(response.body.data, field).find((r) => r.id === id)?.value : undefined;
    };

    const run = async (caller: RoleCaller, path: MatrixPath, field: string, selection: string, variables?: Record<string, unknown>) => {
      requests++;
      const response = await fetchRows(caller, path, field, selection, variables);
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

    for (const type of recordTypesOf(schema)) {
      const paths = matrixPaths(schema, type);
      if (paths.length === 0) continue; // reached only through mutations (their results) or not at all
      const fields = testedFields(type);
      const listIds = new Map<Role, Set<string>>();
      const seenIds = new Set<string>();
      for (const role of ROLES) {
        const caller = callers.get(role) as RoleCaller;
        for (const field of fields) {
          const selection = selectionOf(type, field);
          for (const path of paths.filter((p) => p.kind !== 'node')) {
            const rows = await run(caller, path, field, selection);
            for (const row of rows ?? []) {
              await check(caller, path, field, row, readAgain(caller, path, field, selection, row.id));
              seenIds.add(row.id);
              if (path.kind === 'list') listIds.set(role, (listIds.get(role) ?? new Set()).add(row.id));
            }
          }
        }
      }
      const nodePath = paths.find((p) => p.kind === 'node');
      if (!nodePath) continue;
      const sample = [...seenIds].slice(0, 3);
      if (sample.length === 0) sample.push(...(await idsFromTable(type.name)));
      sample.push(toGlobalId(type.name, '00000000-0000-4000-8000-000000000000'));
      const hasList = paths.some((p) => p.kind === 'list');
      for (const role of ROLES) {
        const caller = callers.get(role) as RoleCaller;
        for (const field of fields) {
          for (const id of sample) {
            const selection = selectionOf(type, field);
            const rows = await run(caller, nodePath, field, selection, { id });
            if (rows === null) continue;
            const visible = rows.length > 0;
            const where = `${role} node(${id}) as ${type.name}.${field}`;
            if (hasList && visible !== (listIds.get(role)?.has(id) ?? false)) {
              problems.push(`${where}: ${visible ? 'found a row its list does not show' : 'null for a row its list shows'}`);
            }
            if (!hasList && visible && rowScope(role, matrix(type.name)) === undefined && caller.roles.every((r) => rowScope(r, matrix(type.name)) === undefined)) {
              problems.push(`${where}: found a row of a type the caller reads no row of`);
            }
            for (const row of rows) await check(caller, nodePath, field, row, readAgain(caller, nodePath, field, selection, row.id, { id }));
          }
        }
      }
    }

    expect(problems).toEqual([]);
    // The check is not vacuous: the organisation (seeded) is read through every path by every role.
    expect(coverage.get('OrganisationUnit')).toBeGreaterThan(ROLES.length * 100);
    expect(requests).toBeGreaterThan(1_000);
    const units = schema.getQueryType()?.getFields()['organisationUnits'];
    expect(units && getNamedType(units.type).name).toBe('OrganisationUnitConnection');
  }, 300_000);
});
