#!/usr/bin/env node
// `npm start`: builds the API (esbuild, ~1 s) and runs it on the embedded SQLite database
// (data/juki-sec.sqlite) unless DATABASE_URL says otherwise; prints the URL once /readyz answers 200.
// Works from a fresh clone after `npm ci`. Stop it with Ctrl-C (SIGINT) or SIGTERM: the API shuts down
// gracefully and this script exits with its code.
//   PORT (3000), HOST (127.0.0.1), DATABASE_URL (mysql://… or mariadb://… or an SQLite file path)
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(process.execPath, [path.join(root, 'apps/api/esbuild.config.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('juki-sec: the API build failed');
  process.exit(build.status ?? 1);
}

const host = process.env.HOST?.trim() || '127.0.0.1';
const port = process.env.PORT?.trim() || '3000';
const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
const base = `http://${urlHost}:${port}`;

const api = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'dist/apps/api/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});

let exited = false;
api.on('exit', (code, signal) => {
  exited = true;
  process.exit(code ?? (signal ? 1 : 0));
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!exited) api.kill(signal);
  });
}

// Announce the URL once the API is ready (database reachable, migrations applied).
const deadline = Date.now() + 60_000;
while (!exited && Date.now() < deadline) {
  try {
    const response = await fetch(`${base}/readyz`);
    if (response.ok) {
      console.log(`\njuki-sec API ready: ${base}/graphql   (health: ${base}/healthz, ${base}/readyz)\n`);
      break;
    }
  } catch {
    // not listening yet
  }
  await new Promise((resolve) => setTimeout(resolve, 250));
}
