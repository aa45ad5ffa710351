import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPolicyDocs } from './render-policy-docs';

export const POLICY_DOCS_PATH = join(__dirname, '../../docs/policies.md');

writeFileSync(POLICY_DOCS_PATH, renderPolicyDocs());
console.log(`wrote ${POLICY_DOCS_PATH}`);
