import { AUDIT_MESSAGES } from '../audit/audit.messages';
import { AUTHORITY_MESSAGES } from '../authority/authority.messages';
import { CARD_MESSAGES } from '../cards/card.messages';
import { NOTIFICATION_MESSAGES } from '../notifications/notification.messages';
import { PIN_GUIDANCE_MESSAGES } from '../pin-guidance/pin-guidance.messages';
import { COMPLIANCE_MESSAGES } from '../compliance/compliance.messages';
import { DISPOSAL_MESSAGES } from '../disposal/disposal.messages';
import { FORM_MESSAGES } from '../forms/form.messages';
import { HANDLER_MESSAGES } from '../handlers/handlers.messages';
import { INPUT_MESSAGES } from '../input/input.messages';
import { NETWORK_MESSAGES } from '../network/network.messages';
import { ORGANISATION_MESSAGES } from '../organisation/organisation.messages';
import { OPERATOR_MESSAGES } from '../operators/operator.messages';
import { PASSWORD_MESSAGES } from '../passwords/password.messages';
import { PERMISSION_MESSAGES } from '../permissions/permission.messages';
import { RETENTION_MESSAGES } from '../retention/retention.messages';
import { interpolate, type LocalizedText, type MessageParams } from './localized-text';
import type { CatalogueEntry } from './message-catalogue.types';

/**
 * The one message catalogue: every code any rule, record or API error can show a user, with the
 * article it enforces and its Japanese and English text. Each domain folder owns its section.
 */
export const MESSAGE_CATALOGUE = {
  ...ORGANISATION_MESSAGES,
  ...PASSWORD_MESSAGES,
  ...CARD_MESSAGES,
  ...NOTIFICATION_MESSAGES,
  ...PIN_GUIDANCE_MESSAGES,
  ...DISPOSAL_MESSAGES,
  ...FORM_MESSAGES,
  ...RETENTION_MESSAGES,
  ...OPERATOR_MESSAGES,
  ...AUTHORITY_MESSAGES,
  ...HANDLER_MESSAGES,
  ...NETWORK_MESSAGES,
  ...PERMISSION_MESSAGES,
  ...AUDIT_MESSAGES,
  ...INPUT_MESSAGES,
  ...COMPLIANCE_MESSAGES,
} as const;

export type MessageCode = keyof typeof MESSAGE_CATALOGUE;

export function isMessageCode(code: string): code is MessageCode {
  return Object.prototype.hasOwnProperty.call(MESSAGE_CATALOGUE, code);
}

export function catalogueEntry(code: MessageCode): CatalogueEntry {
  return MESSAGE_CATALOGUE[code] as CatalogueEntry;
}

export function localize(code: MessageCode, params: MessageParams = {}): LocalizedText {
  const entry = catalogueEntry(code);
  return { ja: interpolate(entry.ja, params), en: interpolate(entry.en, params) };
}
