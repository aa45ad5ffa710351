import type { ComplianceQuery } from './compliance-query';
import { AUDIT_CHAIN_QUERY } from './art19-audit-chain.query';
import { AUDIT_RETENTION_QUERY } from './art19-audit-retention.query';
import { CARD_RETURN_QUERY } from './art20-card-return.query';
import { LOST_CARD_QUERY } from './art20-lost-card.query';
import { LOCKED_ACCOUNT_QUERY } from './art21-locked-account.query';
import { PASSWORD_EXPIRY_QUERY } from './art21-password-expiry.query';
import { HANDLER_DESIGNATION_QUERY } from './art8-handler-designation.query';
import { PRECAUTIONS_ACKNOWLEDGED_QUERY } from './art9-precautions-acknowledged.query';
import { STOCK_TAKE_QUERY } from './art10-2-stock-take.query';
import { CARD_LOSS_REPORTED_QUERY } from './art10-2-loss-reported.query';
import { FORMS_DISPOSED_QUERY } from './art10-forms-disposed.query';
import { DISPOSALS_RECONCILED_QUERY } from './art10-disposals-reconciled.query';
import { CARD_DISPOSAL_COMPLETE_QUERY, CARD_DISPOSAL_OVERDUE_QUERY } from './art10-3-card-disposal.query';

/**
 * The query of every compliance check, by check id. Adding a check: its definition in
 * `libs/policies/src/lib/compliance/` (listed in COMPLIANCE_CHECKS), its `<article>-<name>.query.ts`
 * here and one line below. A spec fails when a check of COMPLIANCE_CHECKS has no query.
 */
export const COMPLIANCE_QUERIES: ReadonlyMap<string, ComplianceQuery> = new Map(
  [
    HANDLER_DESIGNATION_QUERY,
    PRECAUTIONS_ACKNOWLEDGED_QUERY,
    FORMS_DISPOSED_QUERY,
    DISPOSALS_RECONCILED_QUERY,
    STOCK_TAKE_QUERY,
    CARD_LOSS_REPORTED_QUERY,
    CARD_DISPOSAL_COMPLETE_QUERY,
    CARD_DISPOSAL_OVERDUE_QUERY,
    AUDIT_CHAIN_QUERY,
    AUDIT_RETENTION_QUERY,
    LOST_CARD_QUERY,
    CARD_RETURN_QUERY,
    PASSWORD_EXPIRY_QUERY,
    LOCKED_ACCOUNT_QUERY,
  ].map((q) => [q.check.id, q]),
);
