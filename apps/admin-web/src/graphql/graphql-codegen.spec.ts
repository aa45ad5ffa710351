import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The typed operations are generated (GraphQL Code Generator, client preset) from the COMMITTED schema
 * (apps/api/schema.graphql) and the operations in src/**\/*.operations.ts. This runs the generator into a
 * temporary folder and fails when the committed output differs: run `npx nx run admin-web:codegen`.
 * (An operation that the schema does not have fails the generation itself.)
 */
const workspaceRoot = join(__dirname, '..', '..', '..', '..');
const committed = join(__dirname, 'generated');

describe('generated GraphQL types', () => {
  it('are what GraphQL Code Generator makes of the committed schema and the operations today', () => {
    const out = mkdtempSync(join(tmpdir(), 'juki-codegen-'));
    try {
      const run = spawnSync(
        process.execPath,
        [join(workspaceRoot, 'node_modules/@graphql-codegen/cli/esm/bin.js'), '--config', 'apps/admin-web/codegen.config.ts', '--silent'],
        { cwd: workspaceRoot, env: { ...process.env, CODEGEN_OUTPUT: `${out}/` }, encoding: 'utf8' },
      );
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
      const files = readdirSync(out).sort();
      expect(readdirSync(committed).sort()).toEqual(files);
      for (const file of files) {
        expect({ file, content: readFileSync(join(committed, file), 'utf8') }).toEqual({ file, content: readFileSync(join(out, file), 'utf8') });
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
