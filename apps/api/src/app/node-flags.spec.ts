import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { findRepoRoot } from './repo-root';

const REPO_ROOT = findRepoRoot();

/**
 * The API's production V8 flags live in one file, apps/api/node-flags.json (apps/api/README.md says why); every
 * way this repository starts the API must pass them.
 */
describe('the API process flags (apps/api/node-flags.json)', () => {
  const flags = JSON.parse(readFileSync(path.join(REPO_ROOT, 'apps/api/node-flags.json'), 'utf8')) as unknown;

  it('is a list of flags node itself accepts', () => {
    expect(Array.isArray(flags) && flags.length > 0 && flags.every((f) => typeof f === 'string' && f.startsWith('--'))).toBe(true);
    // node refuses an unknown flag before running anything.
    expect(execFileSync(process.execPath, [...(flags as string[]), '-e', 'process.stdout.write("ok")'], { encoding: 'utf8' })).toBe('ok');
  });

  it('is passed by `nx run api:serve` and by `npm start` (tools/start.mjs)', () => {
    const project = JSON.parse(readFileSync(path.join(REPO_ROOT, 'apps/api/project.json'), 'utf8')) as { targets: { serve: { options: { command: string } } } };
    const serve = project.targets.serve.options.command.split(' ');
    for (const flag of flags as string[]) expect(serve.slice(0, serve.indexOf('dist/apps/api/main.js'))).toContain(flag);
    expect(readFileSync(path.join(REPO_ROOT, 'tools/start.mjs'), 'utf8')).toContain("'apps/api/node-flags.json'");
  });
});
