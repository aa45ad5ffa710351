import { AUDIT_RULES } from '../audit/audit.rules';
import { AUTHORITY_RULES } from '../authority/authority.rules';
import { CARD_RULES } from '../cards/card.rules';
import { COMPLIANCE_RULES } from '../compliance/compliance.rules';
import { NOTIFICATION_RULES } from '../notifications/notification.rules';
import { PIN_GUIDANCE_RULES } from '../pin-guidance/pin-guidance.rules';
import { DISPOSAL_RULES } from '../disposal/disposal.rules';
import { FORM_RULES } from '../forms/form.rules';
import { HANDLER_RULES } from '../handlers/handlers.rules';
import { INPUT_RULES } from '../input/input.rules';
import { NETWORK_RULES } from '../network/network.rules';
import { ORGANISATION_RULES } from '../organisation/organisation.rules';
import { OPERATOR_RULES } from '../operators/operator.rules';
import { PASSWORD_RULES } from '../passwords/password.rules';
import { PERMISSION_RULES } from '../permissions/permission.rules';
import { RETENTION_RULES } from '../retention/retention.rules';
import type { RuleDefinition } from './rule-definition';

/** Every rule of the guidelines that juki-sec enforces, in article order. */
export const RULE_CATALOGUE: readonly RuleDefinition[] = [
  ...ORGANISATION_RULES,
  ...AUTHORITY_RULES,
  ...HANDLER_RULES,
  ...FORM_RULES,
  ...CARD_RULES,
  ...NOTIFICATION_RULES,
  ...PIN_GUIDANCE_RULES,
  ...DISPOSAL_RULES,
  ...RETENTION_RULES,
  ...OPERATOR_RULES,
  ...PASSWORD_RULES,
  ...NETWORK_RULES,
  ...PERMISSION_RULES,
  ...AUDIT_RULES,
  ...INPUT_RULES,
  ...COMPLIANCE_RULES,
].sort((a, b) => compareArticles(a.article, b.article) || a.id.localeCompare(b.id));

export function findRule(id: string): RuleDefinition | undefined {
  return RULE_CATALOGUE.find((r) => r.id === id);
}

/** Orders citations as the guidelines do: 第10条 < 第10条の2 < 第11条; 附則 last. */
export function compareArticles(a: string, b: string): number {
  const key = (ref: string): number[] => {
    if (ref === '附則') return [Number.MAX_SAFE_INTEGER];
    const m = /^第(\d+)条(?:の(\d+))?(?:第(\d+)項)?(?:第(\d+)号)?/.exec(ref);
    return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0), Number(m[4] ?? 0)] : [Number.MAX_SAFE_INTEGER];
  };
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const d = (ka[i] ?? 0) - (kb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
