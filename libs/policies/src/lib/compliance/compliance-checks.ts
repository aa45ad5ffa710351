import { compareArticles } from '../core/rule-catalogue';
import { AUDIT_CHAIN_CHECK } from './art19-audit-chain.check';
import { AUDIT_RETENTION_CHECK } from './art19-audit-retention.check';
import { CARD_RETURN_CHECK } from './art20-card-return.check';
import { LOST_CARD_CHECK } from './art20-lost-card.check';
import { LOCKED_ACCOUNT_CHECK } from './art21-locked-account.check';
import { HANDLER_DESIGNATION_CHECK } from './art8-handler-designation.check';
import { PRECAUTIONS_ACKNOWLEDGED_CHECK } from './art9-precautions-acknowledged.check';
import { STOCK_TAKE_CHECK } from './art10-2-stock-take.check';
import { CARD_LOSS_REPORTED_CHECK } from './art10-2-loss-reported.check';
import { FORMS_DISPOSED_CHECK } from './art10-forms-disposed.check';
import { DISPOSALS_RECONCILED_CHECK } from './art10-disposals-reconciled.check';
import { CARD_DISPOSAL_COMPLETE_CHECK, CARD_DISPOSAL_OVERDUE_CHECK } from './art10-3-card-disposal.check';
import { PASSWORD_EXPIRY_CHECK } from './art21-password-expiry.check';
import type { ComplianceCheckDefinition } from './compliance-check';

/**
 * Every compliance check, in article order. Adding a check: a `<article>-<name>.check.ts` here (definition
 * + verdict), a line below, its messages in `compliance.messages.ts`, and its query in
 * `libs/domain/src/lib/compliance/` (a `.query.ts` and a line in its registry).
 */
export const COMPLIANCE_CHECKS: readonly ComplianceCheckDefinition[] = [
  HANDLER_DESIGNATION_CHECK,
  PRECAUTIONS_ACKNOWLEDGED_CHECK,
  FORMS_DISPOSED_CHECK,
  DISPOSALS_RECONCILED_CHECK,
  STOCK_TAKE_CHECK,
  CARD_LOSS_REPORTED_CHECK,
  CARD_DISPOSAL_COMPLETE_CHECK,
  CARD_DISPOSAL_OVERDUE_CHECK,
  AUDIT_CHAIN_CHECK,
  AUDIT_RETENTION_CHECK,
  LOST_CARD_CHECK,
  CARD_RETURN_CHECK,
  PASSWORD_EXPIRY_CHECK,
  LOCKED_ACCOUNT_CHECK,
].sort((a, b) => compareArticles(a.article, b.article) || a.id.localeCompare(b.id));

export function findComplianceCheck(id: string): ComplianceCheckDefinition | undefined {
  return COMPLIANCE_CHECKS.find((c) => c.id === id);
}
