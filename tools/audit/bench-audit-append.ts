/**
 * Benchmark of the operation history (第19条第1項) — not a test. On a throw-away SQLite file and a
 * throw-away MariaDB database (created as root like the integration tests, dropped afterwards):
 *
 *   npm run bench:audit                 # 3,000 events per scenario
 *   npm run bench:audit -- --quick      # 600
 *
 * - `per-tx`: each append in its own `withTransaction` (what a mutation pays for its event), 1 and 50 at once;
 * - `group`: the API's group-commit appender (read events), 1 and 50 callers at once;
 * - `verify`: verifyAuditChain over everything appended (keyset pages of 1,000).
 * Prints events/s and the p50/p99 latency of one append as its caller sees it.
 */
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { appendAuditEvent, AuditChainHeadEntity, AuditCheckpointEntity, AuditEventEntity, AuditLegalHoldEntity, verifyAuditChain, type AuditEventInput } from '@juki/domain';
import type { DataSource } from 'typeorm';
// The benchmark runs the API's own code paths (the DataSource as the API builds it, its transaction
// retry, its group-commit appender): scope:tools may use anything, apps/api has no package alias.
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { AuditAppender } from '../../apps/api/src/audit/audit-appender';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { createDataSource } from '../../apps/api/src/database/create-data-source';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { parseDatabaseUrl, type DatabaseConfig } from '../../apps/api/src/database/database-config';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { migrateToLatest } from '../../apps/api/src/database/migrate';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { withTransaction } from '../../apps/api/src/database/with-transaction';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { connectAdmin } from '../../apps/api/src/testing/mariadb-admin';

const QUICK = process.argv.includes('--quick');
const EVENTS = QUICK ? 600 : 3_000;

const PRINCIPAL = { kind: 'STAFF', staffId: randomUUID(), sessionId: randomUUID(), grants: [], passwordChangeRequired: false } as const;

function event(i: number): AuditEventInput {
  return {
    principal: PRINCIPAL,
    roles: ['SECURITY_OFFICER'],
    operation: 'Query.printedFormOutputs',
    recordType: 'PrintedFormOutput',
    recordIds: Array.from({ length: 10 }, () => randomUUID()),
    sectionId: 'chuo-shimin',
    source: '192.0.2.10',
    outcome: 'SUCCESS',
    occurredAt: new Date(Date.now() + i),
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** `total` appends by `concurrency` workers; returns events/s and the per-append latency percentiles. */
async function measure(concurrency: number, total: number, append: (i: number) => Promise<unknown>): Promise<string> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        await append(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return `${String(Math.round(total / seconds)).padStart(6)} events/s   p50 ${percentile(latencies, 50).toFixed(1).padStart(6)} ms   p99 ${percentile(latencies, 99).toFixed(1).padStart(6)} ms`;
}

async function bench(name: string, config: DatabaseConfig): Promise<void> {
  // The audit entities only (the API's resolvers need decorator metadata, which tsx does not emit).
  const dataSource: DataSource = createDataSource(config, { entities: [AuditEventEntity, AuditChainHeadEntity, AuditCheckpointEntity, AuditLegalHoldEntity] });
  await dataSource.initialize();
  try {
    await migrateToLatest(dataSource);
    process.stdout.write(`\n${name} (${EVENTS} events per row)\n`);
    for (const concurrency of [1, 50]) {
      const line = await measure(concurrency, EVENTS, (i) => withTransaction(dataSource, (m) => appendAuditEvent(m, event(i)), { maxAttempts: 20 }));
      process.stdout.write(`  per-tx  × ${String(concurrency).padEnd(3)} ${line}\n`);
    }
    for (const concurrency of [1, 50]) {
      const appender = new AuditAppender(dataSource);
      const line = await measure(concurrency, EVENTS, (i) => appender.append([event(i)]));
      process.stdout.write(`  group   × ${String(concurrency).padEnd(3)} ${line}   (${appender.stats.flushes} transactions)\n`);
    }
    const t0 = performance.now();
    const result = await verifyAuditChain(dataSource.manager);
    const seconds = (performance.now() - t0) / 1000;
    process.stdout.write(`  verify        ${String(Math.round(result.checked / seconds)).padStart(6)} events/s   (${result.checked} events, ok: ${result.ok})\n`);
  } finally {
    await dataSource.destroy();
  }
}

async function main(): Promise<void> {
  process.stdout.write(`node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'})\n`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juki-bench-audit-'));
  try {
    await bench('SQLite (WAL, one process)', { kind: 'sqlite', path: path.join(dir, 'bench.sqlite'), busyTimeoutMs: 5_000 });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const { connection, endpoint } = await connectAdmin();
  const database = `juki_bench_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('base64url');
  try {
    await connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
    await connection.query('CREATE USER ?@? IDENTIFIED BY ?', [database, '127.0.0.1', password]);
    await connection.query('CREATE USER ?@? IDENTIFIED BY ?', [database, 'localhost', password]);
    await connection.query(`GRANT ALL PRIVILEGES ON \`${database}\`.* TO ?@?`, [database, '127.0.0.1']);
    await connection.query(`GRANT ALL PRIVILEGES ON \`${database}\`.* TO ?@?`, [database, 'localhost']);
    const url =
      'socketPath' in endpoint
        ? `mariadb://${database}:${password}@localhost/${database}?socketPath=${encodeURIComponent(endpoint.socketPath)}&poolSize=20`
        : `mariadb://${database}:${password}@${endpoint.host}:${endpoint.port}/${database}?poolSize=20`;
    await bench('MariaDB (pool of 20)', parseDatabaseUrl(url, process.cwd()));
  } finally {
    await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await connection.query('DROP USER IF EXISTS ?@?', [database, '127.0.0.1']);
    await connection.query('DROP USER IF EXISTS ?@?', [database, 'localhost']);
    await connection.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
