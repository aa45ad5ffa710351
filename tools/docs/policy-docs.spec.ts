import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_CATALOGUE } from '@juki/policies';
import { renderPolicyDocs } from './render-policy-docs';

describe('docs/policies.md', () => {
  const rendered = renderPolicyDocs();

  it('is up to date with libs/policies (run `npm run docs:policies`)', () => {
    expect(readFileSync(join(__dirname, '../../docs/policies.md'), 'utf8')).toBe(rendered);
  });

  it('lists every rule with its article', () => {
    for (const rule of RULE_CATALOGUE) expect(rendered).toContain(`### \`${rule.id}\` — ${rule.article}`);
  });
});
