import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Proves the architecture is enforced: linting a file that imports across a forbidden boundary fails.
 * The files are linted as text under a real project's path, so Nx resolves their project and tags.
 */
const root = join(__dirname, '../..');

/** Lints `code` as if it were the file at `filePath`, with the real ESLint CLI and config. */
async function problems(filePath: string, code: string): Promise<string[]> {
  const run = spawnSync(join(root, 'node_modules/.bin/eslint'), ['--format', 'json', '--stdin', '--stdin-filename', filePath], {
    cwd: root,
    input: code,
    encoding: 'utf8',
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`eslint failed (${run.status}): ${run.stderr}`);
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('module boundaries (Nx tags)', () => {
  it.each([
    ['policies may not depend on domain', 'libs/policies/src/lib/boundary-probe.ts', "import { DomainError } from '@juki/domain';\nexport const x = DomainError;\n", '@nx/enforce-module-boundaries'],
    ['policies may not use an ORM', 'libs/policies/src/lib/boundary-probe.ts', "import { DataSource } from 'typeorm';\nexport const x = DataSource;\n", '@nx/enforce-module-boundaries'],
    ['policies may not use GraphQL', 'libs/policies/src/lib/boundary-probe.ts', "import { graphql } from 'graphql';\nexport const x = graphql;\n", '@nx/enforce-module-boundaries'],
    ['policies may not do I/O', 'libs/policies/src/lib/boundary-probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'no-restricted-imports'],
    ['domain may not use GraphQL', 'libs/domain/src/lib/boundary-probe.ts', "import { graphql } from 'graphql';\nexport const x = graphql;\n", '@nx/enforce-module-boundaries'],
    ['the console may not use domain', 'apps/admin-web/src/boundary-probe.ts', "import { DomainError } from '@juki/domain';\nexport const x = DomainError;\n", '@nx/enforce-module-boundaries'],
    ['the console may not use an ORM', 'apps/admin-web/src/boundary-probe.ts', "import { DataSource } from 'typeorm';\nexport const x = DataSource;\n", '@nx/enforce-module-boundaries'],
  ])('%s', async (_name, file, code, rule) => {
    const found = await problems(file, code);
    expect(found.some((p) => p.startsWith(`${rule}:`))).toBe(true);
  });

  it.each([
    ['domain may use policies', 'libs/domain/src/lib/boundary-probe.ts', "import { RULE_CATALOGUE } from '@juki/policies';\nexport const x = RULE_CATALOGUE;\n"],
    ['the console may use policies', 'apps/admin-web/src/boundary-probe.ts', "import { RULE_CATALOGUE } from '@juki/policies';\nexport const x = RULE_CATALOGUE;\n"],
    ['policies may use the estimator', 'libs/policies/src/lib/boundary-probe.ts', "import { ZxcvbnFactory } from '@zxcvbn-ts/core';\nexport const x = ZxcvbnFactory;\n"],
  ])('%s', async (_name, file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });

  it('default exports are refused everywhere (STYLE.md)', async () => {
    const found = await problems('libs/domain/src/lib/boundary-probe.ts', 'export default 1;\n');
    expect(found.some((p) => p.startsWith('no-restricted-syntax:'))).toBe(true);
  });
});
