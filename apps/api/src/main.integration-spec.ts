import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_CATALOGUE } from '@juki/policies';
import { postGraphql } from './testing/test-api';
import { tempDir, TEST_DATABASES } from './testing/test-databases';
import { TEST_MARIADB_URL } from './testing/mariadb-admin';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * The production bundle, as `npm start` runs it: esbuild output (decorator metadata, kept class names,
 * external node_modules) started with `node`, then stopped with SIGTERM.
 */
describe('the built API (dist bundle)', () => {
  let bundle: string;
  let outdir: string;

  beforeAll(() => {
    // Inside the repository (tmp/ is ignored by git): the bundle resolves node_modules from there.
    fs.mkdirSync(path.join(ROOT, 'tmp'), { recursive: true });
    outdir = fs.mkdtempSync(path.join(ROOT, 'tmp', 'api-bundle-'));
    const result = spawnSync(process.execPath, ['apps/api/esbuild.config.mjs', `--outdir=${outdir}`], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    bundle = path.join(outdir, 'main.js');
  });
  afterAll(() => {
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  describe.each(TEST_DATABASES)('on $name', (database) => {
    it('starts, serves GraphQL and health, and stops gracefully on SIGTERM', async () => {
      const databaseUrl = database.name === 'sqlite' ? path.join(tempDir(), 'main.sqlite') : process.env[TEST_MARIADB_URL];
      const child = spawn(process.execPath, [bundle], {
        cwd: ROOT,
        env: { PATH: process.env['PATH'], TZ: process.env['TZ'], PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const lines = collectJsonLines(child);
      const listening = await waitFor(lines, (l) => l['message'] === 'api.listening', child);
      const url = String(listening['url']);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
      expect(listening['version']).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);

      const base = url.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      const { body } = await postGraphql(url, '{ ruleCatalogue { id } policyProfile(asOf: "2007-04-01") { effectiveFrom } }');
      expect(body.errors).toBeUndefined();
      expect((body.data?.['ruleCatalogue'] as unknown[]).length).toBe(RULE_CATALOGUE.length);
      expect(body.data?.['policyProfile']).toEqual({ effectiveFrom: '2007-04-01' });

      const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
      expect(lines.map((l) => l['message'])).toEqual(expect.arrayContaining(['api.shutting_down', 'api.stopped']));
    });
  });
});

function collectJsonLines(child: ChildProcess): Record<string, unknown>[] {
  const lines: Record<string, unknown>[] = [];
  let buffer = '';
  const take = (chunk: Buffer): void => {
    buffer += chunk.toString('utf8');
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const part of parts) {
      try {
        lines.push(JSON.parse(part) as Record<string, unknown>);
      } catch {
        lines.push({ message: 'unparsed', text: part });
      }
    }
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  return lines;
}

async function waitFor(
  lines: Record<string, unknown>[],
  predicate: (line: Record<string, unknown>) => boolean,
  child: ChildProcess,
  timeoutMs = 20_000,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = lines.find(predicate);
    if (found) return found;
    if (child.exitCode !== null) throw new Error(`the API exited early: ${JSON.stringify(lines)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`timed out; output: ${JSON.stringify(lines)}`);
}
