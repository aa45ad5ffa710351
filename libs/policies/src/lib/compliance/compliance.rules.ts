import type { RuleDefinition } from '../core/rule-definition';
import type { MessageCode } from '../i18n/message-catalogue';
import { HANDLER_DESIGNATION_CHECK } from './art8-handler-designation.check';
import { PRECAUTIONS_ACKNOWLEDGED_CHECK } from './art9-precautions-acknowledged.check';
import { STOCK_TAKE_CHECK } from './art10-2-stock-take.check';
import { CARD_LOSS_REPORTED_CHECK } from './art10-2-loss-reported.check';
import { FORMS_DISPOSED_CHECK } from './art10-forms-disposed.check';
import { DISPOSALS_RECONCILED_CHECK } from './art10-disposals-reconciled.check';
import { CARD_DISPOSAL_COMPLETE_CHECK, CARD_DISPOSAL_OVERDUE_CHECK } from './art10-3-card-disposal.check';
import { AUDIT_CHAIN_CHECK } from './art19-audit-chain.check';
import { AUDIT_RETENTION_CHECK } from './art19-audit-retention.check';
import { CARD_RETURN_CHECK } from './art20-card-return.check';
import { LOST_CARD_CHECK } from './art20-lost-card.check';
import { LOCKED_ACCOUNT_CHECK } from './art21-locked-account.check';
import { PASSWORD_EXPIRY_CHECK } from './art21-password-expiry.check';
import type { ComplianceCheckDefinition } from './compliance-check';

/** Further offender descriptions a check may use besides its `offenderCode`. */
const EXTRA_CODES: Readonly<Record<string, readonly MessageCode[]>> = {
  [PRECAUTIONS_ACKNOWLEDGED_CHECK.id]: ['COMPLIANCE.PRECAUTIONS_MISSING'],
};

function asRule(check: ComplianceCheckDefinition): RuleDefinition {
  return {
    id: check.id,
    article: check.article,
    title: check.title,
    description: check.compliant,
    parameters: check.parameters,
    codes: [check.violationCode, check.offenderCode, ...(EXTRA_CODES[check.id] ?? [])],
  };
}

/**
 * The compliance checks in the rule catalogue (each check is a rule: its article, what compliant means, its
 * parameters and codes), and the review itself (第6条第3項第2号) with the reasons a check is not evaluable.
 */
export const COMPLIANCE_RULES: readonly RuleDefinition[] = [
  {
    id: 'art6.complianceReview',
    article: '第6条第3項第2号',
    title: { ja: '遵守状況の確認', en: 'Compliance review' },
    description: {
      ja: '各確認項目を評価日時点の記録とその日に施行されていた要綱（ポリシープロファイル）で評価する。要綱又は条項が施行前の日、全市を対象とする項目を自課のみ参照できる役割で求めた場合、対象の記録がない場合は評価不能とする。',
      en: 'Each check is evaluated against the records as they stood on the date, under the guidelines (policy profile) in force then. It is not evaluable before the guidelines or its article were in force, for a city-wide check asked by a section-scoped role, or when there is no record to look at.',
    },
    parameters: [],
    codes: ['COMPLIANCE.GUIDELINES_NOT_IN_FORCE', 'COMPLIANCE.ARTICLE_NOT_IN_FORCE', 'COMPLIANCE.CITY_WIDE_ONLY', 'COMPLIANCE.NO_DATA', 'COMPLIANCE.UNKNOWN_CHECK'],
  },
  ...[
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
  ].map(asRule),
];
