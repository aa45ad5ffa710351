import type { LocalizedText } from '../i18n/localized-text';

/**
 * 第12条第7号: the handler ledger records each handler's 権限 — what the security officer designated them to
 * do with identity information (本人確認情報). One closed list, so that the ledger, the console and the
 * compliance checks speak of the same permissions.
 */
export const HANDLER_PERMISSIONS = ['INQUIRY', 'SEARCH_EXTRACT', 'PRINT_FORMS', 'UPDATE', 'CARD_ISSUANCE'] as const;
export type HandlerPermission = (typeof HANDLER_PERMISSIONS)[number];

export const HANDLER_PERMISSION_LABELS: Readonly<Record<HandlerPermission, LocalizedText>> = {
  INQUIRY: { ja: '本人確認情報の照会・画面表示', en: 'Inquiry and screen display of identity information' },
  SEARCH_EXTRACT: { ja: '本人確認情報の検索・抽出', en: 'Search and extraction of identity information' },
  PRINT_FORMS: { ja: '帳票出力', en: 'Printing forms' },
  UPDATE: { ja: '本人確認情報の更新（異動等の記録）', en: 'Updating identity information (recording changes)' },
  CARD_ISSUANCE: { ja: '住民基本台帳カードの交付', en: 'Issuing resident cards' },
};

export function isHandlerPermission(value: string): value is HandlerPermission {
  return (HANDLER_PERMISSIONS as readonly string[]).includes(value);
}
