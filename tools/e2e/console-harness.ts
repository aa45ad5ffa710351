import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/**
 * Runs the real production process (dist/apps/api/main.js serving dist/apps/admin-web) on a throw-away
 * SQLite database seeded with the demo data, and Debian's Chromium through playwright-core (never a
 * downloaded browser). Shared by the console's end-to-end test and `npm run bench:web`.
 */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export interface DemoCredential {
  readonly cardNumber: string;
  readonly password: string;
  /** The rest of the printed line: name, title, role labels, notes. */
  readonly description: string;
}

export interface RunningConsole {
  readonly baseUrl: string;
  readonly credentials: readonly DemoCredential[];
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The demo credentials as the API prints them at start: `   <card>  <password padded>  <description>`. */
export function parseDemoCredentials(stdout: string): DemoCredential[] {
  return stdout.split('\n').flatMap((line) => {
    const match = /^ {3}([A-Z]+-\d+) {2}(.+?) {2,}(\S.*)$/.exec(line);
    return match ? [{ cardNumber: match[1] as string, password: (match[2] as string).trim(), description: match[3] as string }] : [];
  });
}

export async function startConsole(): Promise<RunningConsole> {
  for (const built of ['dist/apps/api/main.js', 'dist/apps/admin-web/index.html']) {
    if (!fs.existsSync(path.join(REPO_ROOT, built))) throw new Error(`${built} is missing: build the api and admin-web first`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juki-e2e-'));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(REPO_ROOT, 'dist/apps/api/main.js')], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: path.join(dir, 'e2e.sqlite'), NODE_ENV: 'production', SEED_DEMO: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode}):\n${stderr}`);
    try {
      if ((await fetch(`${baseUrl}/readyz`)).ok && stdout.includes('DEMO credentials')) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the API did not become ready:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // The credentials are printed just before listening; give the pipe a moment to deliver the whole table.
  for (let i = 0; i < 50 && !stdout.includes('Sign in: mutation'); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  return { baseUrl, credentials: parseDemoCredentials(stdout), stop };
}

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (bash .ci/run installs it)`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export function findCredential(credentials: readonly DemoCredential[], predicate: (c: DemoCredential) => boolean, what: string): DemoCredential {
  const found = credentials.find(predicate);
  if (!found) throw new Error(`no demo account for ${what} in the printed credentials`);
  return found;
}
