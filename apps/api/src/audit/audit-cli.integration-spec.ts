import { spawn } from 'node:child_process';
import * as path from 'node:path';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../database/database-config';
import { TEST_MARIADB_URL } from '../testing/mariadb-admin';
import { TEST_DATABASES } from '../testing/test-databases';
import { appendSamples, openAuditDatabase, resetAuditTrail, rowAt } from './testing/audit-fixtures';

const ROOT = path.resolve(__dirname, '../../../..');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run audit:verify` as an operator runs it: a separate process, DATABASE_URL in its environment. */
function verifyCli(databaseUrl: string, args: readonly string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['--tsconfig', 'tsconfig.base.json', 'tools/audit/verify-audit-chain.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function urlOf(config: DatabaseConfig): string {
  if (config.kind === 'sqlite') return config.path;
  const url = process.env[TEST_MARIADB_URL];
  if (!url) throw new Error('no MariaDB URL');
  return url;
}

describe.each(TEST_DATABASES)('npm run audit:verify on $name', (database) => {
  let config: DatabaseConfig;
  let dataSource: DataSource;

  beforeAll(async () => {
    config = database.config();
    dataSource = await openAuditDatabase(config);
  });
  beforeEach(async () => {
    await resetAuditTrail(dataSource);
    await appendSamples(dataSource, 4);
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  it('exits 0 on an unbroken chain and prints what it verified', async () => {
    const last = await rowAt(dataSource, 4);
    const run = await verifyCli(urlOf(config));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('events checked:  4');
    expect(run.stdout).toContain(`verified through: 4:${last.hash}`);
    expect(run.stdout).toContain('OK');
  }, 60_000);

  it('exits 1 on a broken chain and names the first broken link', async () => {
    const tampered = await rowAt(dataSource, 2);
    await dataSource.query("UPDATE audit_event SET outcome = 'FAILED' WHERE sequence = 2");
    await dataSource.query("UPDATE audit_event SET outcome = 'DENIED' WHERE sequence = 3");
    const run = await verifyCli(urlOf(config), ['--json']);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, checked: 1, firstBrokenAt: { sequence: 2, id: tampered.id, reason: 'HASH_MISMATCH' } });
  }, 60_000);

  it('exits 1 when an anchor written down earlier no longer matches', async () => {
    const run = await verifyCli(urlOf(config), ['--anchor', `3:${'ab'.repeat(32)}`]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('BROKEN at sequence 3');
    expect(run.stdout).toContain('ANCHOR_MISMATCH');
  }, 60_000);

  it('exits 2 on a usage error', async () => {
    const run = await verifyCli(urlOf(config), ['--anchor', 'not-a-hash']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage');
  }, 60_000);
});
