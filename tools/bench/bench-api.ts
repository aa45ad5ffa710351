/**
 * Benchmark of the API (issue 3) — not a test. Loopback only, bounded in time (≈ 2 min 10 s; --quick ≈ 45 s;
 * ≈ 3 min 10 s with --candidate).
 *
 *   npm run bench:api                  # build, seed, check, measure at 1 and 50 connections
 *   npm run bench:api -- --quick       # one short round
 *   npm run bench:api -- --profile     # then CPU-profile every server under load (node --cpu-prof)
 *   options: --rounds=N --seconds=N --warmup=N --profile-seconds=N --extra-cards=N --connections=1,50
 *            --no-build (reuse tmp/bench-api/)
 *            --node-flags="…" (V8/node flags of EVERY server, API and bare alike; default: the API's production
 *            flags, apps/api/node-flags.json — same runtime for both)  --api-node-flags="…" (API processes only,
 *            added after them)
 *            --api-bundle=<main.js> (measure another build of the API instead of this checkout's)
 *            --candidate=<main.js> (ALSO measure another build, e.g. of a proposed change, in the same rounds)
 *
 * 1. Builds the API bundle exactly as `nx run api:build` does (apps/api/esbuild.config.mjs), into
 *    tmp/bench-api/api/ so that it never races another build of dist/, and the bare server.
 * 2. Creates a fresh MariaDB database `juki_bench_<random>` (root, 127.0.0.1:3306; dropped at the end),
 *    starts the API on it as its own process (NODE_ENV=production, SEED_DEMO=1: migrations + demo seed),
 *    and adds operators with cards to 中央区市民総合窓口課 so that its card ledger has more than 100 rows.
 * 3. Signs in with the real `signIn(returnToken: true)` as that section's security officer (demo
 *    credentials, computed as the API prints them) and uses the session as a Bearer token.
 * 4. Starts the bare server (tools/bench/api/bare-server.ts: node:http + graphql-js + mysql2, one statement
 *    per query, same tables, same row scope, no authorization framework) as its own process.
 * 5. Sends each query to every server and aborts unless the JSON answers are identical; counts the SQL
 *    statements per request of each server and the audit events per request of the API.
 * 6. For each query and 1 / 50 connections: a warm-up of each server (discarded), then rounds that
 *    alternate the servers (rotated order). Every response must be byte-identical to the checked answer.
 *    Prints req/s, p50/p99 latency and the stack/bare ratios, plus CPU and main-thread GC per request
 *    (from a probe preloaded into each server process: nothing in apps/api changes). See docs/bench-api.md.
 */
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';
import { DEMO_STAFF } from '@juki/domain';
import { jstDate } from '@juki/policies';
// The bench computes the demo credentials exactly as the API prints them: scope:tools may use anything,
// apps/api has no package alias.
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { chibaProfileAt } from '../../apps/api/src/identity/identity-runtime';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { demoAccounts } from '../../apps/api/src/seed/seed-demo';
import { addSectionOperators, auditEventsPerRequest, createBenchDatabase, statementsPerRequest, type BenchDatabase } from './api/bench-database';
import { BENCH_QUERIES, firstDifference, type BenchQuery } from './api/bench-queries';
import { summariseCpuProfile, type ProfileSummary } from './api/cpu-profile-summary';
import { median, quantile, runLoad, type LoadRun, type LoadTarget } from './api/load-runner';
import { spawnServer, type ProbeSample, type ServerProcess } from './api/server-process';

const REPO_ROOT = path.resolve(__dirname, '../..');
const OUT_DIR = path.join(REPO_ROOT, 'tmp/bench-api');
const BUILT_API_BUNDLE = path.join(OUT_DIR, 'api/main.js');
const BARE_BUNDLE = path.join(OUT_DIR, 'bare/bare-server.js');

/** The section whose security officer the bench signs in as (it gets `extraCards` more operators with cards). */
const SECTION = 'chuo-madoguchi';

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}
const flag = (name: string): boolean => process.argv.includes(`--${name}`);
/** Another API bundle to measure (e.g. a build of a candidate change); default: this checkout's, built now. */
const API_BUNDLE = path.resolve(option('api-bundle') ?? BUILT_API_BUNDLE);
/** The API's production V8 flags (apps/api/node-flags.json), given to every server so both run alike. */
const PRODUCTION_NODE_FLAGS = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'apps/api/node-flags.json'), 'utf8')) as string[];
const QUICK = flag('quick');
const SETTINGS = {
  rounds: Number(option('rounds') ?? (QUICK ? 1 : 3)),
  seconds: Number(option('seconds') ?? (QUICK ? 3 : 4)),
  warmup: Number(option('warmup') ?? (QUICK ? 2 : 3)),
  profileSeconds: Number(option('profile-seconds') ?? (QUICK ? 5 : 10)),
  extraCards: Number(option('extra-cards') ?? 125),
  connections: (option('connections') ?? '1,50').split(',').map(Number),
  /** Node flags of every server (API, candidate and bare): by default the API's production ones. */
  nodeFlags: option('node-flags') === undefined ? PRODUCTION_NODE_FLAGS : (option('node-flags') ?? '').split(' ').filter((f) => f !== ''),
  /** Extra node flags for the API processes only (stack and candidate), after `nodeFlags`. */
  apiNodeFlags: (option('api-node-flags') ?? '').split(' ').filter((f) => f !== ''),
  poolSize: 10,
};

const log = (text: string): void => {
  process.stdout.write(text + '\n');
};

// ── build ──────────────────────────────────────────────────────────────────────────────────────────

async function buildBundles(): Promise<void> {
  const started = Date.now();
  if (API_BUNDLE === BUILT_API_BUNDLE) {
    const api = spawnSync(process.execPath, ['apps/api/esbuild.config.mjs', `--outdir=${path.relative(REPO_ROOT, path.dirname(API_BUNDLE))}`], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    if (api.status !== 0) throw new Error(`API build failed:\n${api.stdout}\n${api.stderr}`);
  }
  await build({
    entryPoints: [path.join(__dirname, 'api/bare-server.ts')],
    outfile: BARE_BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  log(`built ${API_BUNDLE === BUILT_API_BUNDLE ? 'the API bundle (apps/api/esbuild.config.mjs) and ' : ''}the bare server in ${((Date.now() - started) / 1000).toFixed(1)} s → ${path.relative(REPO_ROOT, OUT_DIR)}/`);
}

// ── servers ────────────────────────────────────────────────────────────────────────────────────────

/** A server under measurement: the API, optionally a candidate build of it, and the bare server. */
interface Contender {
  readonly key: 'api' | 'candidate' | 'bare';
  readonly label: string;
  readonly start: (nodeArgs?: readonly string[]) => Promise<ServerProcess>;
}

function apiContender(key: 'api' | 'candidate', label: string, bundle: string, database: BenchDatabase): Contender {
  return {
    key,
    label,
    start: (nodeArgs = []) =>
      spawnServer({
        name: label,
        script: bundle,
        nodeArgs: [...SETTINGS.nodeFlags, ...SETTINGS.apiNodeFlags, ...nodeArgs],
        env: {
          NODE_ENV: 'production',
          DATABASE_URL: database.url,
          DATABASE_POOL_SIZE: String(SETTINGS.poolSize),
          HOST: '127.0.0.1',
          PORT: '0',
          SEED_DEMO: '1',
        },
        readyUrl: (line) => {
          if (!line.startsWith('{')) return null;
          try {
            const entry = JSON.parse(line) as { message?: string; url?: string };
            return entry.message === 'api.listening' && entry.url ? entry.url : null;
          } catch {
            return null;
          }
        },
        timeoutMs: 120_000,
      }),
  };
}

function bareContender(database: BenchDatabase): Contender {
  return {
    key: 'bare',
    label: 'bare',
    start: (nodeArgs = []) =>
      spawnServer({
        name: 'bare',
        script: BARE_BUNDLE,
        nodeArgs: [...SETTINGS.nodeFlags, ...nodeArgs],
        env: { NODE_ENV: 'production', DATABASE_URL: database.url, POOL_SIZE: String(SETTINGS.poolSize), PORT: '0' },
        readyUrl: (line) => {
          if (!line.startsWith('{')) return null;
          return (JSON.parse(line) as { listening?: string }).listening ?? null;
        },
      }),
  };
}

interface Running {
  readonly contender: Contender;
  readonly server: ServerProcess;
}

// ── GraphQL over HTTP ──────────────────────────────────────────────────────────────────────────────

async function post(url: string, body: string, token?: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return { status: response.status, text: await response.text() };
}

/** Signs in as the section's security officer with the real signIn mutation; returns the Bearer token. */
async function signInOfficer(apiUrl: string, now: Date): Promise<{ token: string; who: string }> {
  const member = DEMO_STAFF.find((m) => m.roles.length === 1 && m.roles.some((r) => r.role === 'SECURITY_OFFICER' && r.section === SECTION));
  if (!member) throw new Error(`the demo has no security officer of ${SECTION}`);
  const account = demoAccounts(chibaProfileAt(now), jstDate(now)).find((a) => a.employeeNumber === member.employeeNumber);
  if (!account?.canSignIn) throw new Error(`the demo account ${member.employeeNumber} cannot sign in`);
  const body = JSON.stringify({
    query: 'mutation BenchSignIn($card: String!, $password: String!) { signIn(idCardNumber: $card, password: $password, returnToken: true) { token roles } }',
    variables: { card: account.cardNumber, password: account.password },
  });
  const { status, text } = await post(apiUrl, body);
  const parsed = JSON.parse(text) as { data?: { signIn?: { token?: string } }; errors?: unknown };
  const token = parsed.data?.signIn?.token;
  if (status !== 200 || !token) throw new Error(`signIn failed (${status}): ${JSON.stringify(parsed.errors ?? null).slice(0, 300)}`);
  return { token, who: `${member.name}（${member.title}, ${member.employeeNumber}）` };
}

interface CheckedQuery {
  readonly query: BenchQuery;
  readonly body: string;
  /** Each server's own answer (all equal as JSON): autocannon's expected body for that server. */
  readonly answers: Readonly<Record<string, string>>;
  readonly bytes: number;
  /** SQL statements per request (MariaDB `Questions`), per server. */
  readonly statements: Readonly<Record<string, number>>;
  /** Audit events (`audit_event` rows) appended per request, per API server (stack, candidate). */
  readonly auditEvents: Readonly<Record<string, number>>;
}

/** Every server must return the same JSON as the bare one (and no errors); the answers become autocannon's expected bodies. */
async function checkSameAnswers(running: readonly Running[], token: string, databaseUrl: string): Promise<CheckedQuery[]> {
  const checked: CheckedQuery[] = [];
  const bare = running.find((r) => r.contender.key === 'bare') as Running;
  for (const query of BENCH_QUERIES) {
    const body = JSON.stringify({ query: query.query });
    const answers: Record<string, string> = {};
    const statements: Record<string, number> = {};
    const reference = await post(bare.server.url, body, token);
    const referenceJson = JSON.parse(reference.text) as { data?: unknown; errors?: unknown };
    if (reference.status !== 200 || referenceJson.errors) throw new Error(`bare server answered ${query.name} with ${reference.status}: ${reference.text.slice(0, 400)}`);
    const shape = query.check(referenceJson.data);
    if (shape) throw new Error(`${query.name}: ${shape}`);
    for (const { contender, server } of running) {
      const answer = contender.key === 'bare' ? reference : await post(server.url, body, token);
      const json = JSON.parse(answer.text) as { data?: unknown; errors?: unknown };
      if (answer.status !== 200 || json.errors) throw new Error(`${contender.label} answered ${query.name} with ${answer.status}: ${answer.text.slice(0, 400)}`);
      const difference = firstDifference(json, referenceJson);
      if (difference) throw new Error(`the servers disagree on ${query.name} (${contender.label} ≠ bare) at ${difference}`);
      // The same answer a second time: autocannon compares every response byte for byte.
      const again = await post(server.url, body, token);
      if (again.text !== answer.text) throw new Error(`${contender.label} answered ${query.name} differently the second time`);
      answers[contender.key] = answer.text;
      statements[contender.key] = await statementsPerRequest(async () => void (await post(server.url, body, token)), 20);
    }
    const auditEvents: Record<string, number> = {};
    for (const { contender, server } of running) {
      if (contender.key !== 'bare') auditEvents[contender.key] = await auditEventsPerRequest(databaseUrl, async () => void (await post(server.url, body, token)), 10);
    }
    checked.push({ query, body, answers, bytes: Buffer.byteLength(reference.text), statements, auditEvents });
  }
  return checked;
}

// ── measurement ────────────────────────────────────────────────────────────────────────────────────

interface Measured {
  readonly runs: LoadRun[];
  cpuUs: number;
  gcUs: number;
  requests: number;
  failures: number;
}

async function measuredRun(server: ServerProcess, target: LoadTarget, connections: number, seconds: number, into: Measured | null): Promise<void> {
  const before = await server.probe();
  const run = await runLoad(target, connections, seconds);
  const after = await server.probe();
  if (!into) return;
  into.runs.push(run);
  into.cpuUs += cpuOf(after) - cpuOf(before);
  into.gcUs += (after.gc.ms - before.gc.ms) * 1000;
  into.requests += run.requests;
  into.failures += run.failures;
}

const cpuOf = (s: ProbeSample): number => s.cpuUserUs + s.cpuSystemUs;

interface Row {
  readonly query: string;
  readonly connections: number;
  /** By contender key: api, bare (and candidate). */
  readonly figures: Readonly<Record<string, Figures>>;
}

interface Figures {
  readonly rps: number;
  readonly rpsRange: readonly [number, number];
  readonly p50: number;
  readonly p99: number;
  readonly cpuMsPerRequest: number;
  readonly gcShareOfCpu: number;
  readonly failures: number;
}

function figures(m: Measured): Figures {
  const rates = m.runs.map((r) => r.requestsPerSecond);
  const latencies = m.runs.flatMap((r) => r.latenciesMs);
  return {
    rps: median(rates),
    rpsRange: [Math.min(...rates), Math.max(...rates)],
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    cpuMsPerRequest: m.requests > 0 ? m.cpuUs / 1000 / m.requests : Number.NaN,
    gcShareOfCpu: m.cpuUs > 0 ? m.gcUs / m.cpuUs : 0,
    failures: m.failures,
  };
}

/** Round r runs the servers in rotated order (A B, B A for two; A B C, B C A, C A B for three). */
function rotated<T>(items: readonly T[], round: number): T[] {
  const k = round % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

async function measure(running: readonly Running[], token: string, checked: readonly CheckedQuery[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const q of checked) {
    const target = (r: Running): LoadTarget => ({ url: r.server.url, token, body: q.body, expectBody: q.answers[r.contender.key] as string });
    for (const connections of SETTINGS.connections) {
      process.stdout.write(`  ${q.query.name} @ ${connections} connection${connections > 1 ? 's' : ''}: warm-up`);
      for (const r of running) await measuredRun(r.server, target(r), connections, SETTINGS.warmup, null);
      const measured = new Map<Running, Measured>(running.map((r) => [r, { runs: [], cpuUs: 0, gcUs: 0, requests: 0, failures: 0 }]));
      for (let round = 0; round < SETTINGS.rounds; round++) {
        process.stdout.write(`, round ${round + 1}`);
        for (const r of rotated(running, round)) await measuredRun(r.server, target(r), connections, SETTINGS.seconds, measured.get(r) as Measured);
      }
      process.stdout.write('\n');
      rows.push({ query: q.query.name, connections, figures: Object.fromEntries([...measured].map(([r, m]) => [r.contender.key, figures(m)])) });
    }
  }
  return rows;
}

// ── profiles ───────────────────────────────────────────────────────────────────────────────────────

interface ProfiledQuery {
  readonly server: string;
  readonly query: string;
  readonly requests: number;
  readonly summary: ProfileSummary;
}

/**
 * Restarts each server under `node --cpu-prof`, loads it with each query at 50 connections, and
 * summarises the samples of each load window (the probe's monotonic clock is the profile's clock).
 */
async function profileServers(contenders: readonly Contender[], token: string, checked: readonly CheckedQuery[]): Promise<ProfiledQuery[]> {
  const dir = path.join(OUT_DIR, 'profiles', new Date().toISOString().replace(/[:.]/g, '-'));
  fs.mkdirSync(dir, { recursive: true });
  const out: ProfiledQuery[] = [];
  for (const contender of contenders) {
    const server = await contender.start(['--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${contender.key}.cpuprofile`]);
    const windows: { query: string; fromUs: number; toUs: number; requests: number }[] = [];
    try {
      for (const q of checked) {
        const target = { url: server.url, token, body: q.body, expectBody: q.answers[contender.key] as string };
        await runLoad(target, 50, 2);
        const from = await server.probe();
        const run = await runLoad(target, 50, SETTINGS.profileSeconds);
        const to = await server.probe();
        windows.push({ query: q.query.name, fromUs: from.monotonicUs, toUs: to.monotonicUs, requests: run.requests });
      }
    } finally {
      await server.stop();
    }
    const file = path.join(dir, `${contender.key}.cpuprofile`);
    if (!fs.existsSync(file)) throw new Error(`${contender.label}: no CPU profile was written (${file})`);
    for (const w of windows) out.push({ server: contender.label, query: w.query, requests: w.requests, summary: summariseCpuProfile(file, w, REPO_ROOT) });
  }
  log(`profiles: ${path.relative(REPO_ROOT, dir)}/{${contenders.map((c) => c.key).join(',')}}.cpuprofile (open in Chrome DevTools → Performance)`);
  return out;
}

// ── report ─────────────────────────────────────────────────────────────────────────────────────────

const f0 = (n: number): string => (Number.isFinite(n) ? n.toFixed(0) : '–');
const f1 = (n: number): string => (Number.isFinite(n) ? n.toFixed(1) : '–');
const f2 = (n: number): string => (Number.isFinite(n) ? n.toFixed(2) : '–');
const pct = (n: number): string => `${(n * 100).toFixed(1)} %`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ') + ' |';
  return [line(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}

/** The stack (or the candidate) against the bare server, one line per query and connection count. */
function report(rows: readonly Row[], key: 'api' | 'candidate', name: string): string {
  const body = rows.map((r) => {
    const a = r.figures[key] as Figures;
    const b = r.figures['bare'] as Figures;
    return [
      r.query.split('(')[0] as string,
      String(r.connections),
      `${f0(a.rps)} (${f0(a.rpsRange[0])}–${f0(a.rpsRange[1])})`,
      `${f0(b.rps)} (${f0(b.rpsRange[0])}–${f0(b.rpsRange[1])})`,
      `${f2(a.rps / b.rps)}×`,
      `${f1(a.p50)} / ${f1(b.p50)}`,
      `${f1(a.p99)} / ${f1(b.p99)}`,
      `${f2(a.p99 / b.p99)}×`,
      `${f2(a.cpuMsPerRequest)} / ${f2(b.cpuMsPerRequest)}`,
      `${pct(a.gcShareOfCpu)} / ${pct(b.gcShareOfCpu)}`,
      String(a.failures + b.failures),
    ];
  });
  return table(
    ['query', 'conns', `${name} req/s`, 'bare req/s', 'req/s ratio', `p50 ms ${name}/bare`, `p99 ms ${name}/bare`, 'p99 ratio', `CPU ms/req ${name}/bare`, `GC/CPU ${name}/bare`, 'failures'],
    body,
  );
}

function verdict(rows: readonly Row[], key: 'api' | 'candidate'): string[] {
  return rows
    .filter((r) => r.connections === 50)
    .map((r) => {
      const a = r.figures[key] as Figures;
      const b = r.figures['bare'] as Figures;
      const ratio = a.rps / b.rps;
      const p99 = a.p99 / b.p99;
      const ok = ratio >= 0.5 && p99 <= 2;
      return `  ${ok ? 'MET    ' : 'NOT MET'} ${r.query} @ 50: req/s ${f2(ratio)}× (goal ≥ 0.5×), p99 ${f2(p99)}× (goal ≤ 2×)`;
    });
}

function profileReport(profiles: readonly ProfiledQuery[]): string {
  const parts: string[] = [];
  for (const p of profiles) {
    const s = p.summary;
    const cpuPerRequest = p.requests > 0 ? s.busyMs / p.requests : Number.NaN;
    parts.push(
      `\n### ${p.server} — ${p.query} @ 50 connections, ${f1(s.windowMs / 1000)} s, ${p.requests} requests` +
        `\nbusy ${f0(s.busyMs)} ms (${f2(cpuPerRequest)} ms/request), idle ${f0(s.idleMs)} ms; ` +
        `(garbage collector) ${pct(s.gcMs / s.busyMs)} of busy, (program) ${pct(s.programMs / s.busyMs)}`,
      '\nby area (self time):',
      table(
        ['area', 'ms', 'share'],
        s.areas.slice(0, 14).map((a) => [a.area, f0(a.ms), pct(a.share)]),
      ),
      '\ntop self time:',
      table(
        ['function', 'where', 'share'],
        s.topSelf.map((l) => [l.name, l.where.length > 70 ? '…' + l.where.slice(-69) : l.where, pct(l.share)]),
      ),
    );
    if (s.topInclusiveOwn.length > 0) {
      parts.push(
        '\nrepository code, inclusive (self + callees):',
        table(
          ['function', 'where', 'share'],
          s.topInclusiveOwn.slice(0, 18).map((l) => [l.name, l.where, pct(l.share)]),
        ),
      );
    }
  }
  return parts.join('\n');
}

// ── main ───────────────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
  const started = Date.now();
  fs.mkdirSync(OUT_DIR, { recursive: true });
  if (!flag('no-build') || !fs.existsSync(API_BUNDLE) || !fs.existsSync(BARE_BUNDLE)) await buildBundles();
  const candidateBundle = option('candidate');
  const database = await createBenchDatabase();
  const running: Running[] = [];
  const cleanup = async (): Promise<void> => {
    await Promise.allSettled(running.splice(0).map((r) => r.server.stop()));
    await database.drop();
  };
  const interrupted = (): void => {
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    log(`database ${database.name} (MariaDB 127.0.0.1:3306, dropped at the end)`);
    const contenders: Contender[] = [apiContender('api', 'stack', API_BUNDLE, database)];
    if (candidateBundle) contenders.push(apiContender('candidate', 'candidate', path.resolve(candidateBundle), database));
    contenders.push(bareContender(database));
    // The API migrates and seeds the empty database; then the extra rows go in and the others start.
    const api = await (contenders[0] as Contender).start();
    running.push({ contender: contenders[0] as Contender, server: api });
    const now = new Date();
    const cards = await addSectionOperators(database.url, SECTION, SETTINGS.extraCards, now);
    const apiFlags = [...SETTINGS.nodeFlags, ...SETTINGS.apiNodeFlags];
    const flags = apiFlags.length > 0 ? `, node ${apiFlags.join(' ')}` : '';
    log(`API (pid ${api.pid}, NODE_ENV=production, pool ${SETTINGS.poolSize}${flags}) at ${api.url}; demo seed + ${SETTINGS.extraCards} operators → ${cards} cards in ${SECTION}`);
    const { token, who } = await signInOfficer(api.url, now);
    log(`signed in through signIn(returnToken: true) as ${who}, SECURITY_OFFICER of ${SECTION}`);
    for (const contender of contenders.slice(1)) {
      const server = await contender.start();
      running.push({ contender, server });
      const what = contender.key === 'bare' ? 'node:http + graphql-js + mysql2' : `API build ${path.relative(REPO_ROOT, path.resolve(candidateBundle as string))}`;
      const nodeFlags = contender.key === 'bare' ? SETTINGS.nodeFlags : apiFlags;
      log(`${contender.label} server (pid ${server.pid}, ${what}, pool ${SETTINGS.poolSize}${nodeFlags.length > 0 ? `, node ${nodeFlags.join(' ')}` : ''}) at ${server.url}`);
    }
    const checked = await checkSameAnswers(running, token, database.url);
    for (const c of checked) {
      const statements = running.map((r) => `${r.contender.label} ${f1(c.statements[r.contender.key] as number)}`).join(', ');
      const audit = running.filter((r) => r.contender.key !== 'bare').map((r) => `${r.contender.label} ${f1(c.auditEvents[r.contender.key] as number)}`).join(', ');
      log(`  same JSON from all: ${c.query.name} (${c.bytes} bytes); SQL statements per request: ${statements}; audit events per request: ${audit}`);
    }
    log(
      `\nmeasuring: ${SETTINGS.warmup} s warm-up per server (discarded), ${SETTINGS.rounds} round(s) × ${SETTINGS.seconds} s per server, alternating;` +
        ` every response checked byte for byte`,
    );
    const rows = await measure(running, token, checked);
    const failures = rows.reduce((n, r) => n + Object.values(r.figures).reduce((m, f) => m + f.failures, 0), 0);
    log('\n' + report(rows, 'api', 'stack'));
    if (candidateBundle) log('\n' + report(rows, 'candidate', 'cand.'));
    log("\nreq/s: median of rounds (range); latency percentiles pooled over rounds; CPU and GC (main-thread pauses) per request from the servers' own counters.");
    const audited = checked.map((c) => `${c.query.name.split('(')[0]} ${f1(c.auditEvents['api'] as number)}`).join(', ');
    log(`Goal (issue 3), at 50 connections, with authorization and auditing on (audit events per request, stack: ${audited}):`);
    for (const line of verdict(rows, 'api')) log(line);
    if (candidateBundle) {
      log('candidate:');
      for (const line of verdict(rows, 'candidate')) log(line);
    }
    if (failures > 0) log(`\nWARNING: ${failures} failed or mismatched responses (see the failures column)`);

    let profiles: ProfiledQuery[] = [];
    if (flag('profile')) {
      await Promise.allSettled(running.splice(0).map((r) => r.server.stop()));
      log(`\nprofiling: each server restarted under node --cpu-prof, ${SETTINGS.profileSeconds} s per query at 50 connections`);
      profiles = await profileServers(contenders, token, checked);
      log(profileReport(profiles));
    }
    const resultFile = path.join(OUT_DIR, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    const queries = checked.map((c) => ({ name: c.query.name, bytes: c.bytes, statements: c.statements, auditEvents: c.auditEvents }));
    fs.writeFileSync(resultFile, JSON.stringify({ settings: SETTINGS, candidate: candidateBundle ?? null, queries, rows, profiles }, null, 2));
    log(`\nresults: ${path.relative(REPO_ROOT, resultFile)}; total ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (failures > 0) process.exitCode = 1;
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:api failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
