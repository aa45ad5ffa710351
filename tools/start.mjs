#!/usr/bin/env node
// `npm start`: builds the admin console (Vite, when its build is missing or older than its sources) and the
// API (esbuild, ~1 s), and runs the API — which also serves the console at / — on the embedded SQLite database
// (data/juki-sec.sqlite) unless DATABASE_URL says otherwise; prints the URL once /readyz answers 200.
// Works from a fresh clone after `npm ci`. Stop it with Ctrl-C (SIGINT) or SIGTERM: the API shuts down
// gracefully and this script exits with its code.
//   PORT (3000), HOST (127.0.0.1), DATABASE_URL (mysql://… or mariadb://… or an SQLite file path)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Newest modification time of the files under the given folders (0 when none). */
function newestMtime(paths) {
  let newest = 0;
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime([path.join(p, entry)]));
    } else newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

const consoleIndex = path.join(root, 'dist/apps/admin-web/index.html');
const consoleSources = ['apps/admin-web/src', 'apps/admin-web/index.html', 'apps/admin-web/vite.config.mts', 'libs/policies/src'].map((p) => path.join(root, p));
if (!existsSync(consoleIndex) || statSync(consoleIndex).mtimeMs < newestMtime(consoleSources)) {
  console.log('juki-sec: building the admin console…');
  const vite = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/admin-web/vite.config.mts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (vite.status !== 0) {
    console.error('juki-sec: the console build failed');
    process.exit(vite.status ?? 1);
  }
}

const build = spawnSync(process.execPath, [path.join(root, 'apps/api/esbuild.config.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('juki-sec: the API build failed');
  process.exit(build.status ?? 1);
}

const host = process.env.HOST?.trim() || '127.0.0.1';
const port = process.env.PORT?.trim() || '3000';
const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
const base = `http://${urlHost}:${port}`;

// The API's production V8 flags (apps/api/node-flags.json; apps/api/README.md says why).
const nodeFlags = JSON.parse(readFileSync(path.join(root, 'apps/api/node-flags.json'), 'utf8'));
const api = spawn(process.execPath, [...nodeFlags, '--enable-source-maps', path.join(root, 'dist/apps/api/main.js')], {
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
      console.log(`\njuki-sec ready: ${base}/   (console; API ${base}/graphql, health ${base}/healthz, ${base}/readyz)\n`);
      break;
    }
  } catch {
    // not listening yet
  }
  await new Promise((resolve) => setTimeout(resolve, 250));
}
