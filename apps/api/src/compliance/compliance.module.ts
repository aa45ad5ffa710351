import type { ApiModule } from '../api-module';
import { ComplianceResolver } from './compliance.resolver';

/** Compliance checks (第6条第3項第2号): each checkable article evaluated against the records, as of a date. */
export const COMPLIANCE_MODULE: ApiModule = {
  name: 'compliance',
  entities: [],
  resolvers: [ComplianceResolver],
};
