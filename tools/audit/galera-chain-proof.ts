/**
 * Proof, on a real 3-node MariaDB Galera cluster, that concurrent appends to the operation history through
 * DIFFERENT nodes never fork the hash chain (第19条第1項). Not a test: it needs the cluster of
 * tools/audit/galera/galera-cluster.sh.
 *
 *   tools/audit/galera/galera-cluster.sh start
 *   npm run audit:galera-proof            # [-- --events-per-node 300 --workers-per-node 8]
 *   tools/audit/galera/galera-cluster.sh stop
 *
 * On Galera, SELECT … FOR UPDATE on the chain head locks only on the node that runs it. Two appends on two
 * nodes both read the same head and both write the head row and sequence N + 1; certification lets the
 * first COMMIT through and fails the other with 1213 (ER_LOCK_DEADLOCK), which `withTransaction` retries:
 * the retry reads the new head and appends N + 2. Exit 0 when every node ends with one unbroken chain
 * without gaps holding every event, 1 otherwise.
 */
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { appendAuditEvent, AuditChainHeadEntity, AuditCheckpointEntity, AuditEventEntity, AuditLegalHoldEntity, verifyAuditChain } from '@juki/domain';
import * as mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';
// The proof runs the API's own code paths: scope:tools may use anything, apps/api has no package alias.
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { AuditAppender, FLUSH_TRANSACTION_OPTIONS } from '../../apps/api/src/audit/audit-appender';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { createDataSource } from '../../apps/api/src/database/create-data-source';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { parseDatabaseUrl } from '../../apps/api/src/database/database-config';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { migrateToLatest } from '../../apps/api/src/database/migrate';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { withTransaction, type RetryEvent } from '../../apps/api/src/database/with-transaction';

const DIR = process.env['GALERA_DIR'] ?? '/tmp/juki-galera';
const NODES = [1, 2, 3];

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer`);
  return value;
}

const EVENTS_PER_NODE = option('--events-per-node', 300);
const WORKERS_PER_NODE = option('--workers-per-node', 8);
/** `--api-retry`: retry as the API does by default (DEFAULT_TRANSACTION_OPTIONS: 12 attempts, 10–400 ms jittered backoff) and count failures. */
const API_RETRY = process.argv.includes('--api-retry');
/** `--group`: append through each node's group-commit appender (as the API does for read events). */
const GROUP = process.argv.includes('--group');

async function waitUntil(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function main(): Promise<number> {
  const admin = await mysql.createConnection({ socketPath: `${DIR}/node1/mysqld.sock`, user: 'root' });
  const database = `juki_galera_${randomBytes(3).toString('hex')}`;
  const password = randomBytes(12).toString('base64url');
  const sources: DataSource[] = [];
  try {
    await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
    await admin.query('CREATE USER ?@? IDENTIFIED BY ?', [database, '127.0.0.1', password]);
    await admin.query(`GRANT ALL PRIVILEGES ON \`${database}\`.* TO ?@?`, [database, '127.0.0.1']);
    for (const n of NODES) {
      const config = parseDatabaseUrl(`mariadb://${database}:${password}@127.0.0.1:3306${n}/${database}?poolSize=${WORKERS_PER_NODE}`, process.cwd());
      sources.push(createDataSource(config, { entities: [AuditEventEntity, AuditChainHeadEntity, AuditCheckpointEntity, AuditLegalHoldEntity] }));
    }
    await (sources[0] as DataSource).initialize();
    await migrateToLatest(sources[0] as DataSource);
    for (const source of sources.slice(1)) {
      await waitUntil(async () => {
        if (!source.isInitialized) await source.initialize().catch(() => undefined);
        const rows = source.isInitialized ? ((await source.query('SELECT COUNT(*) AS n FROM audit_chain_head').catch(() => [])) as { n: number }[]) : [];
        return Number(rows[0]?.n ?? 0) === 1;
      }, 'the schema on every node');
    }

    const retries: RetryEvent[] = [];
    let failed = 0;
    const principal = { kind: 'STAFF', staffId: randomUUID(), sessionId: randomUUID(), grants: [], passwordChangeRequired: false } as const;
    const started = performance.now();
    const input = (node: number, i: number) =>
      ({
        principal,
        roles: ['SYSTEM_OFFICER'],
        operation: 'Mutation.updateStaff',
        recordType: 'Staff',
        recordIds: [`node${node + 1}-e${i}`],
        sectionId: null,
        source: '192.0.2.1',
        outcome: 'SUCCESS',
        occurredAt: new Date(),
      }) as const;
    const appenders = sources.map((source) => new AuditAppender(source, { ...FLUSH_TRANSACTION_OPTIONS, onRetry: (e) => retries.push(e) }));
    await Promise.all(
      sources.flatMap((source, node) =>
        Array.from({ length: WORKERS_PER_NODE }, async (_, worker) => {
          for (let i = worker; i < EVENTS_PER_NODE; i += WORKERS_PER_NODE) {
            const attempt = GROUP
              ? (appenders[node] as AuditAppender).append([input(node, i)])
              : withTransaction(
                  source,
                  (manager) => appendAuditEvent(manager, input(node, i)),
                  API_RETRY ? { onRetry: (e) => retries.push(e) } : { maxAttempts: 100, baseDelayMs: 2, maxDelayMs: 100, onRetry: (e) => retries.push(e) },
                );
            await attempt.catch((error: unknown) => {
              if (!API_RETRY && !GROUP) throw error;
              failed++;
            });
          }
        }),
      ),
    );
    if (GROUP) process.stdout.write(`group commit: ${appenders.reduce((n, a) => n + a.stats.flushes, 0)} transactions\n`);
    const seconds = (performance.now() - started) / 1000;
    const total = EVENTS_PER_NODE * NODES.length - failed;
    const byReason = retries.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.reason]: (acc[r.reason] ?? 0) + 1 }), {});
    process.stdout.write(`${total} appends through ${NODES.length} nodes (${WORKERS_PER_NODE} workers each) in ${seconds.toFixed(1)} s: ${Math.round(total / seconds)} events/s\n`);
    process.stdout.write(`retried transactions: ${retries.length} ${JSON.stringify(byReason)}; given up after the last attempt: ${failed}\n`);

    let ok = true;
    for (const [i, source] of sources.entries()) {
      await waitUntil(async () => {
        const rows = (await source.query('SELECT last_sequence AS s FROM audit_chain_head')) as { s: string }[];
        return Number(rows[0]?.s) === total;
      }, `node${i + 1} to apply every write set`);
      const sequences = ((await source.query('SELECT sequence AS s FROM audit_event ORDER BY sequence')) as { s: string }[]).map((r) => Number(r.s));
      const contiguous = sequences.length === total && sequences.every((s, k) => s === k + 1);
      const result = await verifyAuditChain(source.manager);
      const ids = new Set(((await source.getRepository(AuditEventEntity).find()) as AuditEventEntity[]).flatMap((e) => e.recordIdList()));
      const nodeOk = result.ok && result.checked === total && contiguous && ids.size === total;
      ok &&= nodeOk;
      process.stdout.write(
        `node${i + 1}: verifyAuditChain ok=${result.ok} checked=${result.checked}; sequences 1..${total} without gaps: ${contiguous}; distinct events: ${ids.size} → ${nodeOk ? 'OK' : 'FAILED'}\n`,
      );
    }
    return ok ? 0 : 1;
  } finally {
    await Promise.all(sources.filter((s) => s.isInitialized).map((s) => s.destroy()));
    await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await admin.query('DROP USER IF EXISTS ?@?', [database, '127.0.0.1']);
    await admin.end();
  }
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
