import type { ApiModule } from '../api-module';
import { PolicyProfileResolver } from './policy-profile.resolver';
import { RuleCatalogueResolver } from './rule-catalogue.resolver';
import { RuleChecksResolver } from './rule-checks.resolver';

/**
 * The guidelines' rules as the API exposes them (@juki/policies). Checks that clients run before they
 * submit (password and PIN checks) get their own resolver file here and one entry below.
 */
export const POLICIES_MODULE: ApiModule = {
  name: 'policies',
  entities: [],
  resolvers: [RuleCatalogueResolver, PolicyProfileResolver, RuleChecksResolver],
};
