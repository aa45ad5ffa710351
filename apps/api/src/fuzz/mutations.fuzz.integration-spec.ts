import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { hashSecretToken, verifyAuditChain } from '@juki/domain';
import { integrationScopes, isMessageCode, isSection, jstDate, operationAllowed, type OrganisationUnitKind, type Role } from '@juki/policies';
import { buildSchema, type GraphQLField, type GraphQLSchema } from 'graphql';
import { createJsonLogger } from '../app/logger';
import { buildApiSchema } from '../graphql/build-api-schema';
import { REQUEST_MESSAGES } from '../graphql/request-errors';
import { toGlobalId } from '../graphql/relay/global-id';
import { closeAndEmpty, startEmptyTestApi } from '../graphql/testing/empty-test-api';
import { signInEveryRole } from '../graphql/testing/role-callers';
import { chibaProfileAt, IdentityRuntime } from '../identity/identity-runtime';
import { DAY, HOUR, MINUTE, TestClock } from '../identity/testing/identity-suite';
import { demoAccounts, type DemoAccount } from '../seed/seed-demo';
import type { DatabaseConfig } from '../database/database-config';
import type { TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';
import { KNOWN_ERROR_CODES, unexplainedChanges, verdictOf, type CallRecord, type Verdict } from './fuzz-accounting';
import { FuzzTransport, type FuzzPrincipal } from './fuzz-transport';
import { instantTextArbitrary } from './fuzz-values';
import { operationFor, variablesArbitrary, variablesAreWellTyped, type ValueHints } from './graphql-arbitraries';
import { diffSnapshots, TableWatcher, type Snapshot } from './table-snapshot';

/**
 * Schema-driven fuzz test of EVERY mutation (issue 3, "Bad input"): for each mutation of the built schema,
 * fast-check generates at least CALLS_PER_MUTATION calls from its argument types — SQL and HTML in every
 * text, huge strings, unicode (lone surrogates, controls, emoji), nulls, wrong types, huge ints, invalid
 * dates, unknown enum values, random and real ids — as the principals the permission matrix lets call it
 * (real sessions of seeded staff, a ward system's token), as anonymous, with forged and ended tokens.
 * Most calls go through a prebuilt Apollo executor (same schema, plugins, database), a sample through the
 * real HTTP stack. Asserted: never INTERNAL_SERVER_ERROR or an unknown code, nothing echoed that must not
 * be, and no partial write — every table's rows are snapshot around each group of calls, and every
 * difference is accounted for call by call (fuzz-accounting.ts).
 *
 * Throughput (the integration target's longest part): both databases are fuzzed SIDE BY SIDE, each
 * mutation on SQLite and MariaDB at once (`onEveryDatabase`: SQLite works in this process while MariaDB
 * works in its server), and a snapshot reads again only the tables whose in-database fingerprint moved
 * (`TableWatcher`: one `CHECKSUM TABLE` / one aggregate statement for all tables, then typically 1–3 of
 * them re-read instead of all). Every mutation still gets CALLS_PER_MUTATION calls on each database.
 */

/** The floor of the issue: at least 2,000 generated inputs per mutation. */
const CALLS_PER_MUTATION = Number(process.env['FUZZ_CALLS_PER_MUTATION'] ?? 2_000);
/** Calls sent at once between two snapshots. */
const GROUP_SIZE = 24;
/** Staff whose passwords changePassword changes (four wrong current passwords each per group: five lock). */
const PASSWORD_CALLERS = 4;
/** One call in HTTP_EVERY goes through the real HTTP stack. */
const HTTP_EVERY = 8;
const LOCK_AFTER = chibaProfileAt(new Date('2026-06-01T00:00:00Z')).passwords.maxConsecutiveFailures;

const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');
/** The mutations, read from the committed schema (a test below checks it is the built one). */
const MUTATIONS = Object.keys(buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8')).getMutationType()?.getFields() ?? {}).sort();

/** Arguments whose values must never come back in a response. */
const SECRET_ARGUMENTS = new Set(['password', 'currentPassword', 'newPassword', 'pin', 'token']);
/** What must never appear in a response: hashes, SQL errors, driver names, stack frames. */
const LEAKS = /\$argon2|password_hash|token_hash|SQLITE_|\bER_[A-Z_]{3,}|QueryFailedError|TypeORMError|\bat \S+ \(\/|node_modules/;
/** A placeholder in generated calls for the changePassword caller's current password (known only at send time). */
const CURRENT_PASSWORD = '\u0000current-password\u0000';

interface MutationStats {
  calls: number;
  http: number;
  executor: number;
  byVerdict: Record<string, number>;
  byPrincipal: Record<string, number>;
  illTyped: number;
  groups: number;
  /** Tables read in full by the group snapshots (the others' in-database fingerprints had not moved). */
  tablesRead: number;
  ms: number;
}

interface World {
  readonly api: TestApi;
  readonly clock: TestClock;
  readonly schema: GraphQLSchema;
  readonly transport: FuzzTransport;
  readonly watcher: TableWatcher;
  /** Signed-in callers by role (real sessions; INTEGRATION: a ward system's API token). */
  readonly callers: readonly FuzzPrincipal[];
  readonly callerRoles: ReadonlyMap<string, readonly Role[]>;
  /** The staff whose passwords changePassword is fuzzed with (no other role uses them), and their passwords now. */
  readonly passwordCallers: readonly FuzzPrincipal[];
  readonly passwords: Map<string, string>;
  /** Sessions that signOut may end (one each). */
  readonly disposableSessions: FuzzPrincipal[];
  readonly others: readonly FuzzPrincipal[];
  readonly accounts: readonly DemoAccount[];
  /** Staff ids of every principal the fuzz calls as (their cards are never reported lost or signed in with). */
  readonly protectedStaff: ReadonlySet<string>;
  /** What the executor's Apollo server logged (the HTTP server's log is api.logs). */
  readonly executorLogs: Record<string, unknown>[];
}

async function staffIdOf(api: TestApi, employeeNumber: string): Promise<string> {
  const rows = (await api.dataSource.query('SELECT id FROM staff WHERE employee_number = ?', [employeeNumber])) as { id: string }[];
  const id = rows[0]?.id;
  if (!id) throw new Error(`no staff ${employeeNumber}`);
  return id;
}

async function signInSession(api: TestApi, account: DemoAccount, label: string, kind: FuzzPrincipal['kind'] = 'staff'): Promise<FuzzPrincipal | null> {
  const response = await fetch(api.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '2001:db8:f::1' },
    body: JSON.stringify({
      query: 'mutation($card: String!, $password: String!) { signIn(idCardNumber: $card, password: $password, returnToken: true) { token } }',
      variables: { card: account.cardNumber, password: account.password },
    }),
  });
  const body = (await response.json()) as { data?: { signIn?: { token?: string } } };
  const token = body.data?.signIn?.token;
  // Some demo accounts cannot sign in (a locked one, an expired password…): the caller picks another.
  if (!token) return null;
  return { label, kind, authorization: `Bearer ${token}`, staffId: await staffIdOf(api, account.employeeNumber) };
}

/** Tokens that authenticate nobody: forged, malformed, of the wrong kind, or sent as a cookie. */
function forgedPrincipals(): FuzzPrincipal[] {
  const random = (prefix: string) => `${prefix}${randomBytes(32).toString('base64url')}`;
  return [
    { label: 'anonymous', kind: 'anonymous' },
    { label: 'forged-session', kind: 'forged', authorization: `Bearer ${random('jss_')}` },
    { label: 'forged-api-client', kind: 'forged', authorization: `Bearer ${random('jsa_')}` },
    { label: 'forged-cookie', kind: 'forged', cookie: random('jss_') },
    { label: 'garbage-bearer', kind: 'forged', authorization: "Bearer ' OR 1=1 --" },
    { label: 'basic-auth', kind: 'forged', authorization: 'Basic YWRtaW46YWRtaW4=' },
    { label: 'sql-bearer', kind: 'forged', authorization: "Bearer jss_'%3B DROP TABLE session%3B --" },
  ];
}

async function setUp(config: DatabaseConfig): Promise<World> {
  const clock = new TestClock();
  const signInRateLimit = { maxFailures: 40, windowMs: 10 * MINUTE };
  const api = await startEmptyTestApi(config, { clock: clock.now, trustProxy: 'loopback', signInRateLimit });
  try {
    debug('api started');
    const now = clock.now();
    const roleCallers = await signInEveryRole(api, now);
    const accounts = demoAccounts(chibaProfileAt(now), jstDate(now));
    const callers: FuzzPrincipal[] = [];
    const callerRoles = new Map<string, readonly Role[]>();
    const protectedStaff = new Set<string>();
    for (const [role, caller] of roleCallers) {
      const staffId = caller.scopes === null ? await staffIdOf(api, caller.who) : undefined;
      if (staffId) protectedStaff.add(staffId);
      callers.push({ label: role, kind: caller.scopes === null ? 'staff' : 'integration', authorization: caller.authorization, ...(staffId ? { staffId } : {}) });
      callerRoles.set(role, caller.roles);
    }
    const callerNumbers = new Set([...roleCallers.values()].map((c) => c.who));
    debug('callers signed in');
    // Staff who are no caller and can sign in (with a password that needs no change first).
    const victims: { account: DemoAccount; session: FuzzPrincipal }[] = [];
    for (const account of accounts.filter((a) => a.canSignIn && !callerNumbers.has(a.employeeNumber))) {
      const session = await signInSession(api, account, 'disposable-session');
      if (session) victims.push({ account, session });
    }
    // Four change passwords, two sign out (their cards are never reported lost), the rest are fair game.
    if (victims.length < PASSWORD_CALLERS + 4) throw new Error('the demo data has too few staff for the fuzz test');
    const passwordCallers = victims.slice(0, PASSWORD_CALLERS).map((v): FuzzPrincipal => ({ ...v.session, label: 'password-changer' }));
    const passwords = new Map(victims.slice(0, PASSWORD_CALLERS).map((v) => [v.session.staffId as string, v.account.password]));
    const leavers = victims.slice(PASSWORD_CALLERS, PASSWORD_CALLERS + 2);
    for (const v of [...victims.slice(0, PASSWORD_CALLERS), ...leavers]) protectedStaff.add(v.session.staffId as string);
    const disposableSessions: FuzzPrincipal[] = leavers.map((v) => v.session);
    while (disposableSessions.length < 24) {
      const again = await signInSession(api, (leavers[disposableSessions.length % leavers.length] as (typeof leavers)[number]).account, 'disposable-session');
      if (!again) throw new Error('a demo account that signed in cannot sign in again');
      disposableSessions.push(again);
    }
    // An ended session: signed in, then signed out.
    const ended = await signInSession(api, (leavers[0] as (typeof leavers)[number]).account, 'ended-session', 'ended');
    if (!ended) throw new Error('cannot sign in the ended session');
    await fetch(api.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: ended.authorization as string }, body: JSON.stringify({ query: 'mutation { signOut }' }) });
    // Every principal once, so that the once-a-minute last-seen writes happen before the first snapshot.
    for (const principal of [...callers, ...passwordCallers, ...disposableSessions]) {
      await fetch(api.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: principal.authorization as string }, body: JSON.stringify({ query: '{ ruleCatalogue { id } }' }) });
    }
    debug('sessions ready');
    const schema = await buildApiSchema();
    const executorLogs: Record<string, unknown>[] = [];
    const executorLogger = createJsonLogger((line) => executorLogs.push(JSON.parse(line) as Record<string, unknown>));
    // Its logger receives `audit.refusal_not_written` (a refusal whose audit event could not be written).
    const runtime = new IdentityRuntime(api.dataSource, { clock: clock.now, signInRateLimit, logger: executorLogger });
    const transport = await FuzzTransport.start(api, schema, runtime, executorLogger);
    const watcher = await TableWatcher.open(api.dataSource);
    return {
        api,
        clock,
        schema,
        transport,
        watcher,
        callers,
        callerRoles,
        passwordCallers,
        passwords,
        disposableSessions,
        others: [...forgedPrincipals(), ended],
        accounts,
        protectedStaff,
        executorLogs,
    };
  } catch (error) {
    // A suite that cannot start must not leave its server open (jest would never exit).
    await api.close();
    throw error;
  }
}

/** Passphrases that pass 第21条第2項 (no names, dates or runs): a changePassword may succeed with one. */
const PASSPHRASE = fc
  .tuple(
    fc.constantFrom('harbor', 'velvet', 'glacier', 'orchard', 'saffron', 'kestrel', 'obsidian', 'bramble', 'lagoon', 'umibe', 'kogarashi', 'thistle'),
    fc.constantFrom('mugwort', 'lantern', 'cobalt', 'meadow', 'quartz', 'tundra'),
    fc.constantFrom('juniper', 'falcon', 'ember', 'willow', 'basalt', 'heron'),
    fc.integer({ min: 0x100000, max: 0xffffff }),
  )
  .map(([a, b, c, n]) => `${a}-${b} ${c} ${n.toString(16)}`);

/** Real ids and valid shapes for the arguments of the mutations, read from the database now. */
async function hintsFor(world: World): Promise<ValueHints> {
  const q = <T>(sql: string): Promise<T[]> => world.api.dataSource.query(sql) as Promise<T[]>;
  const units = await q<{ id: string; kind: OrganisationUnitKind }>('SELECT id, kind FROM organisation_unit');
  const sections = units.filter((u) => isSection(u.kind)).map((u) => toGlobalId('OrganisationUnit', u.id));
  const otherUnits = units.filter((u) => !isSection(u.kind)).map((u) => toGlobalId('OrganisationUnit', u.id));
  const staff = (await q<{ id: string }>('SELECT id FROM staff')).map((s) => s.id);
  const cards = (await q<{ id: string; card_number: string; holder_id: string }>('SELECT id, card_number, holder_id FROM operator_id_card')).filter(
    (c) => !world.protectedStaff.has(c.holder_id),
  );
  const clients = (await q<{ id: string }>('SELECT id FROM api_client')).map((c) => c.id);
  const holds = (await q<{ id: string }>('SELECT id FROM audit_legal_hold')).map((h) => toGlobalId('AuditLegalHold', h.id));
  const pick = <T>(values: readonly T[], fallback: fc.Arbitrary<T>): fc.Arbitrary<T> => (values.length > 0 ? fc.constantFrom(...values) : fallback);
  const anyId = fc.constant(toGlobalId('Staff', '00000000-0000-4000-8000-000000000000'));
  const table: Record<string, fc.Arbitrary<unknown>> = {
    idCardNumber: pick(
      cards.map((c) => c.card_number),
      fc.constant('CHB-0000'),
    ),
    // Now and then the caller's real current password (so that the new one meets 第21条 and the history).
    currentPassword: fc.oneof({ weight: 1, arbitrary: fc.constant(CURRENT_PASSWORD) }, { weight: 3, arbitrary: fc.string({ maxLength: 40 }) }),
    newPassword: fc.oneof(PASSPHRASE, fc.string({ minLength: 12, maxLength: 70 })),
    staffId: pick(staff.map((id) => toGlobalId('Staff', id)), anyId),
    cardId: pick(cards.map((c) => toGlobalId('OperatorIdCard', c.id)), anyId),
    sectionId: fc.oneof(pick(sections, anyId), pick(otherUnits, anyId)),
    name: fc.oneof(fc.constantFrom('中央区住基連携システム', 'Mihama ward system', 'テスト'), fc.string({ minLength: 1, maxLength: 100 })),
    scopes: fc.subarray([...integrationScopes(), 'nope:read'], { minLength: 1 }),
    // An API client other than the ward system the fuzz calls as.
    id: pick(clients.map((id) => toGlobalId('ApiClient', id)), anyId),
    'input.id': pick(holds, anyId),
    'input.version': fc.integer({ min: 1, max: 3 }),
    'input.caseReference': fc.stringMatching(/^[A-Z][A-Z0-9]{0,9}(-[0-9]{1,6}){0,3}$/),
    'input.reason': fc.string({ minLength: 1, maxLength: 500 }),
    'input.recordType': fc.constantFrom('Staff', 'OperatorIdCard', 'AuditEvent', 'LogonEvent', null),
    'input.coversFrom': instantTextArbitrary,
    'input.coversUntil': instantTextArbitrary,
    before: fc.oneof(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2019-05-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()), instantTextArbitrary),
    maxEvents: fc.integer({ min: 1, max: 10_000 }),
  };
  return (argPath) => table[argPath];
}

/** Which API-client id the ward-system caller uses: it must never be revoked by the fuzz. */
async function integrationClientId(world: World): Promise<string | null> {
  const integration = world.callers.find((c) => c.kind === 'integration');
  if (!integration?.authorization) return null;
  const token = integration.authorization.replace(/^Bearer /, '');
  const rows = (await world.api.dataSource.query('SELECT id FROM api_client WHERE token_hash = ?', [hashSecretToken(token)])) as { id: string }[];
  return rows[0]?.id ?? null;
}

function principalsFor(world: World, mutation: string): { allowed: FuzzPrincipal[]; refused: FuzzPrincipal[] } {
  const operation = `Mutation.${mutation}`;
  const rolesOf = (p: FuzzPrincipal): readonly Role[] => world.callerRoles.get(p.label) ?? [];
  if (mutation === 'changePassword') {
    // Wrong current passwords lock an account: only the dedicated password callers change passwords.
    return { allowed: [...world.passwordCallers], refused: [...world.others, ...world.callers.filter((c) => c.kind === 'integration')] };
  }
  if (mutation === 'signOut') {
    return { allowed: world.disposableSessions, refused: [...world.others, ...world.callers.filter((c) => c.kind === 'integration')] };
  }
  const allowed = world.callers.filter((c) => operationAllowed(operation, rolesOf(c)));
  const refused = [...world.callers.filter((c) => !operationAllowed(operation, rolesOf(c))), ...world.others];
  if (operationAllowed(operation, [])) allowed.push(...world.others);
  return { allowed, refused: operationAllowed(operation, []) ? [] : refused };
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

/** Problems of one call on its own: codes, statuses, what the response must never contain. */
function callProblems(record: CallRecord): string[] {
  const problems: string[] = [];
  const { response } = record;
  const where = `${record.mutation} as ${record.principal.label} over ${response.transport}`;
  if (response.status >= 500) problems.push(`${where}: HTTP ${response.status}`);
  for (const error of response.errors) {
    const code = String(error.extensions?.['code'] ?? '');
    if (code === 'INTERNAL_SERVER_ERROR') problems.push(`${where}: INTERNAL_SERVER_ERROR for ${JSON.stringify(record.variables).slice(0, 300)}`);
    else if (!KNOWN_ERROR_CODES.has(code)) problems.push(`${where}: unknown code ${JSON.stringify(code)}: ${error.message.slice(0, 200)}`);
    const reason = error.extensions?.['reason'];
    if (reason !== undefined) {
      if (typeof reason !== 'string' || !(isMessageCode(reason) || Object.prototype.hasOwnProperty.call(REQUEST_MESSAGES, reason))) problems.push(`${where}: unknown reason ${String(reason)}`);
      const text = error.extensions?.['message'] as { ja?: unknown; en?: unknown } | undefined;
      if (typeof text?.ja !== 'string' || typeof text.en !== 'string' || text.ja === '' || text.en === '') problems.push(`${where}: ${String(reason)} without ja/en text`);
    }
    if (code === 'BAD_USER_INPUT' && typeof reason === 'string' && reason.startsWith('INPUT.')) {
      const fields = (error.extensions?.['params'] as Record<string, unknown> | undefined)?.['fields'];
      if (typeof fields !== 'string' || fields === '') problems.push(`${where}: ${reason} names no field`);
    }
  }
  const verdict = verdictOf(record);
  if (!record.wellTyped && verdict.kind !== 'refused-before-execution') problems.push(`${where}: ill-typed variables reached execution (${verdict.kind})`);
  // Internals must not leak; the request's own strings coming back (graphql-js quotes a value of the wrong
  // type in its refusal) are not internals, and secrets among them are checked below.
  let unechoed = response.text;
  for (const text of stringsIn(record.variables)) if (text.length >= 4) unechoed = unechoed.split(JSON.stringify(text).slice(1, -1)).join('');
  if (LEAKS.test(unechoed)) problems.push(`${where}: the response leaks internals: ${unechoed.slice(0, 600)}`);
  for (const [name, value] of Object.entries(record.variables)) {
    if (!SECRET_ARGUMENTS.has(name) || typeof value !== 'string' || value.trim().length < 8) continue;
    const escaped = JSON.stringify(value).slice(1, -1);
    if (response.text.includes(escaped)) problems.push(`${where}: the value of ${name} came back in the response`);
  }
  return problems;
}

function count(table: Record<string, number>, key: string): void {
  table[key] = (table[key] ?? 0) + 1;
}

function verdictLabel(verdict: Verdict): string {
  return verdict.kind === 'success' ? 'success' : `${verdict.kind}:${verdict.code}${'reason' in verdict && verdict.reason ? `:${verdict.reason}` : ''}`;
}

const DEBUG = process.env['FUZZ_DEBUG'] === '1';
function debug(message: string): void {
  if (DEBUG) process.stdout.write(`[fuzz ${new Date().toISOString().slice(11, 23)}] ${message}\n`);
}

const SOURCES = Array.from({ length: 120 }, (_, i) => `2001:db8:fa2::${(i + 1).toString(16)}`);

/** One database's fuzz run: its API, its world and its statistics. */
interface Run {
  readonly database: (typeof TEST_DATABASES)[number];
  config: DatabaseConfig;
  world: World;
  snapshot: Snapshot;
  readonly stats: Map<string, MutationStats>;
  started: number;
  /** `audit.refusal_not_written` log lines seen so far. */
  unwrittenRefusals: number;
}

/**
 * Runs `work` on every database AT ONCE and fails with every database's failure (named). SQLite runs in
 * this process and MariaDB mostly in its server: side by side the two passes overlap (one CPU-bound here,
 * the other waiting on commits there) instead of adding up.
 */
async function onEveryDatabase(runs: readonly Run[], work: (run: Run) => Promise<void>): Promise<void> {
  const results = await Promise.allSettled(runs.map(work));
  // fast-check puts what the property threw in `cause`: keep it (it names the problems).
  const describe = (error: unknown): string =>
    error instanceof Error ? `${error.message}${error.cause !== undefined ? `\nCaused by: ${describe(error.cause)}` : ''}` : String(error);
  const failures = results.flatMap((r, i) => (r.status === 'rejected' ? [`[${(runs[i] as Run).database.name}] ${describe(r.reason)}`] : []));
  if (failures.length > 0) throw new Error(failures.join('\n\n'));
}

describe(`every mutation, fuzzed from the schema (${TEST_DATABASES.map((d) => d.name).join(' and ')} side by side)`, () => {
  const runs: Run[] = TEST_DATABASES.map((database) => ({ database, stats: new Map<string, MutationStats>(), started: 0, unwrittenRefusals: 0 }) as unknown as Run);

  beforeAll(async () => {
    await onEveryDatabase(runs, async (run) => {
      run.started = Date.now();
      run.config = run.database.config();
      run.world = await setUp(run.config);
      run.snapshot = await run.world.watcher.snapshot();
    });
  }, 240_000);

  afterAll(async () => {
    for (const run of runs) {
      const { world, stats, database } = run;
      await world?.transport.stop();
      await closeAndEmpty(world?.api, run.config);
      if (!world) continue;
      const lines = [...stats].map(
        ([m, s]) =>
          `${m.padEnd(26)} ${String(s.calls).padStart(5)} calls (${s.http} HTTP, ${s.executor} executor, ${s.illTyped} ill-typed) in ${s.groups} groups ` +
          `(${(s.tablesRead / Math.max(s.groups, 1)).toFixed(1)} of ${world.watcher.tables.length} tables read per snapshot), ${(s.ms / 1000).toFixed(1)} s; ` +
          Object.entries(s.byVerdict)
            .sort((a, b) => b[1] - a[1])
            .slice(0, 6)
            .map(([k, v]) => `${k}=${v}`)
            .join(' '),
      );
      process.stdout.write(`\nfuzz (${database.name}, side by side with the others): ${((Date.now() - run.started) / 1000).toFixed(1)} s\n${lines.join('\n')}\n`);
    }
  });

  it('fuzzes the mutations of the built schema (the committed schema.graphql lists the same)', () => {
    for (const { world } of runs) expect(Object.keys(world.schema.getMutationType()?.getFields() ?? {}).sort()).toEqual(MUTATIONS);
    expect(MUTATIONS.length).toBeGreaterThan(0);
  });

  it.each(MUTATIONS)(`%s: ≥ ${CALLS_PER_MUTATION} generated calls on each database, no INTERNAL_SERVER_ERROR, every error coded, no partial write`, (mutation) =>
    onEveryDatabase(runs, (run) => fuzzMutation(run, mutation)),
  600_000);

  it('leaves the operation history a verifiable chain', () =>
    onEveryDatabase(runs, async ({ world }) => {
      const verification = await verifyAuditChain(world.api.dataSource.manager, {});
      expect(verification.ok).toBe(true);
      expect(verification.checked).toBeGreaterThan(0);
    }));

  it('expired sessions: every staff token past its timeouts is UNAUTHENTICATED, and nothing but the sessions’ end is written', () => onEveryDatabase(runs, expiredSessions));

  it('malformed and oversized bodies are coded refusals that write nothing', () => onEveryDatabase(runs, malformedBodies));
});

/** One mutation fuzzed on one database: CALLS_PER_MUTATION calls in groups, a snapshot around each group. */
async function fuzzMutation(run: Run, mutation: string): Promise<void> {
    const { world, stats } = run;
    const begin = Date.now();
    const field = world.schema.getMutationType()?.getFields()[mutation] as GraphQLField<unknown, unknown>;
    const query = operationFor(field);
    const hints = await hintsFor(world);
    const protectedClient = await integrationClientId(world);
    const { allowed, refused } = principalsFor(world, mutation);
    const principal = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...allowed) },
      ...(refused.length > 0 ? [{ weight: 1, arbitrary: fc.constantFrom(...refused) }] : []),
    );
    const call = fc.record({
      variables: variablesArbitrary(field, hints),
      principal,
      source: fc.constantFrom(...SOURCES),
      http: fc.integer({ min: 1, max: HTTP_EVERY }).map((n) => n === 1),
    });
    const groupSize = mutation === 'changePassword' ? 4 * PASSWORD_CALLERS : GROUP_SIZE;
    const s: MutationStats = { calls: 0, http: 0, executor: 0, byVerdict: {}, byPrincipal: {}, illTyped: 0, groups: 0, tablesRead: 0, ms: 0 };
    stats.set(mutation, s);

    await fc.assert(
      fc.asyncProperty(fc.array(call, { minLength: groupSize, maxLength: groupSize }), async (calls) => {
        const before = run.snapshot;
        const knowsCurrent = new Set<string>();
        const records = await Promise.all(
          calls.map(async (generated, index): Promise<CallRecord> => {
            // changePassword: the password callers in turn, at most four wrong passwords each per group (five lock).
            const c = mutation === 'changePassword' && generated.principal.label === 'password-changer' ? { ...generated, principal: world.passwordCallers[index % PASSWORD_CALLERS] as FuzzPrincipal } : generated;
            const variables = { ...c.variables };
            // At most one call per caller and group knows the current password (two successes would race).
            for (const [k, v] of Object.entries(variables)) {
              if (v !== CURRENT_PASSWORD) continue;
              const staffId = c.principal.staffId ?? '';
              variables[k] = knowsCurrent.has(staffId) || !world.passwords.has(staffId) ? 'not-the-password' : (world.passwords.get(staffId) as string);
              knowsCurrent.add(staffId);
            }
            // The ward system's own client is never revoked, nor is the current caller's card reported.
            if (mutation === 'revokeApiClient' && protectedClient && variables['id'] === toGlobalId('ApiClient', protectedClient)) variables['id'] = toGlobalId('ApiClient', '00000000-0000-4000-8000-000000000001');
            const wellTyped = variablesAreWellTyped(world.schema, query, variables);
            const response = await world.transport.send({ query, variables, principal: c.principal, source: c.source, transport: c.http ? 'http' : 'executor' });
            return { mutation, principal: c.principal, variables, wellTyped, response };
          }),
        );
        const after = await world.watcher.snapshot();
        s.tablesRead += world.watcher.lastRead.length;
        run.snapshot = after;
        const problems = records.flatMap(callProblems);
        // Refusals are audited too (第19条第1項): a refusal whose event could not be written is a defect.
        const unwritten = [...world.api.logs, ...world.executorLogs].filter((l) => l['message'] === 'audit.refusal_not_written');
        if (unwritten.length > run.unwrittenRefusals) {
          const fresh = unwritten.slice(run.unwrittenRefusals);
          run.unwrittenRefusals = unwritten.length;
          problems.push(`${mutation}: ${fresh.length} refusal(s) whose audit event could not be written, e.g. ${JSON.stringify(fresh[0]).slice(0, 400)}`);
        }
        problems.push(...unexplainedChanges(records, diffSnapshots(before, after), { lockAfter: LOCK_AFTER }));
        for (const record of records) {
          s.calls++;
          if (record.response.transport === 'http') s.http++;
          else s.executor++;
          if (!record.wellTyped) s.illTyped++;
          count(s.byVerdict, verdictLabel(verdictOf(record)));
          count(s.byPrincipal, record.principal.label);
          // A successful password change: the caller's password is now the new one.
          if (mutation === 'changePassword' && verdictOf(record).kind === 'success') world.passwords.set(record.principal.staffId as string, String(record.variables['newPassword']));
        }
        s.groups++;
        debug(`${mutation} group ${s.groups}: ${records.map((r) => verdictLabel(verdictOf(r))).join(' ')}`);
        if (mutation === 'changePassword') {
          // Keep the dedicated caller below the lock (a wrong current password counts): a harness write, re-snapshot.
          for (const caller of world.passwordCallers) await world.api.dataSource.query('UPDATE credential SET failed_count = 0 WHERE staff_id = ?', [caller.staffId]);
          run.snapshot = await world.watcher.snapshot();
        }
        if (problems.some((p) => p.includes('INTERNAL_SERVER_ERROR'))) {
          const logged = [...world.api.logs, ...world.executorLogs].filter((l) => l['level'] === 'error').slice(-3);
          problems.push(...logged.map((l) => `server log: ${JSON.stringify(l).slice(0, 1500)}`));
        }
        if (problems.length > 0) throw new Error(`${problems.length} problems:\n${[...new Set(problems)].slice(0, 20).join('\n')}`);
      }),
      { numRuns: Math.ceil(CALLS_PER_MUTATION / groupSize), endOnFailure: true },
    );
    s.ms = Date.now() - begin;
    expect(s.calls).toBeGreaterThanOrEqual(CALLS_PER_MUTATION);
    expect(s.http).toBeGreaterThan(0);
    // Nothing written behind the incremental reads' back.
    expect(await world.watcher.verifyUnchangedHistory()).toEqual([]);
}

async function expiredSessions({ world }: Run): Promise<void> {
    world.clock.advance(DAY + HOUR);
    const before = await world.watcher.snapshot();
    for (const mutation of MUTATIONS) {
      const field = world.schema.getMutationType()?.getFields()[mutation] as GraphQLField<unknown, unknown>;
      const variables = fc.sample(variablesArbitrary(field, () => undefined), { numRuns: 1, seed: 7 })[0] ?? {};
      for (const principal of [...world.callers.filter((c) => c.kind === 'staff'), ...world.passwordCallers]) {
        const response = await world.transport.send({ query: operationFor(field), variables, principal, source: SOURCES[0] as string, transport: 'http' });
        const record: CallRecord = { mutation, principal, variables, wellTyped: true, response };
        expect(callProblems({ ...record, wellTyped: variablesAreWellTyped(world.schema, operationFor(field), variables) })).toEqual([]);
        const codes = response.errors.map((e) => e.extensions?.['code']);
        if (mutation === 'signIn') continue;
        expect(codes.length).toBeGreaterThan(0);
        expect(['UNAUTHENTICATED', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(codes[0]);
      }
    }
    const diffs = diffSnapshots(before, await world.watcher.snapshot());
    const sessions = diffs.find((d) => d.table === 'session');
    expect(sessions?.changed.every((c) => c.before['ended_at'] === null && c.after['ended_at'] !== null) ?? true).toBe(true);
    for (const diff of diffs) {
      if (diff.table === 'session') expect(diff.added).toEqual([]);
      else if (['audit_event', 'audit_chain_head', 'logon_event', 'credential'].includes(diff.table)) continue;
      else expect({ table: diff.table, added: diff.added.length, changed: diff.changed.length, removed: diff.removed.length }).toEqual({ table: diff.table, added: 0, changed: 0, removed: 0 });
    }
}

async function malformedBodies({ world }: Run): Promise<void> {
    const before = await world.watcher.snapshot();
    const url = world.api.graphqlUrl;
    const officer = world.callers.find((c) => c.label === 'SYSTEM_OFFICER')?.authorization ?? '';
    const post = (body: string, contentType = 'application/json') =>
      fetch(url, { method: 'POST', headers: { 'content-type': contentType, authorization: officer }, body }).then(async (r) => ({ status: r.status, text: await r.text() }));
    const huge = JSON.stringify({ query: 'mutation($n: String!) { createApiClient(name: $n, sectionId: "x", scopes: ["cards:write"]) { id } }', variables: { n: 'x'.repeat(300_000) } });
    const cases = [
      await post('{"query": "mutation { signOut }"'),
      await post('not json at all'),
      await post(huge),
      await post('[{"query":"mutation { signOut }"},{"query":"mutation { signOut }"}]'),
      await post('{"query": 42}'),
      await post('{"query": "mutation { unlockAccount(staffId: ) { id } }"}'),
      await post('query=mutation%20%7B%20signOut%20%7D', 'application/x-www-form-urlencoded'),
      await post('{"query":"mutation { signOut }","variables":"not an object"}'),
    ];
    for (const { status, text } of cases) {
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      expect(text).not.toMatch(LEAKS);
      expect(text).not.toContain('INTERNAL_SERVER_ERROR');
      const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[]; error?: { code?: string } };
      const code = body.errors?.[0]?.extensions?.code ?? body.error?.code;
      expect(typeof code).toBe('string');
    }
    expect(diffSnapshots(before, await world.watcher.snapshot())).toEqual([]);
}
