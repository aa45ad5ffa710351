import type { RuleDefinition } from '../core/rule-definition';
import { HANDLER_PERMISSIONS_RULE_ID, PRECAUTIONS_ACKNOWLEDGED_RULE_ID, PRECAUTIONS_COMPLETE_RULE_ID } from './handling-precautions.rule';

/** 第8条 (the life of a designation, enforced by HandlerDesignationEntity and its use cases). */
export const HANDLER_DESIGNATION_RULE_ID = 'art8.handlerDesignation';

/** 第8条・第9条・第12条第7号: designations, handling precautions and the handler ledger. */
export const HANDLER_RULES: readonly RuleDefinition[] = [
  {
    id: HANDLER_DESIGNATION_RULE_ID,
    article: '第8条',
    title: { ja: '本人確認情報取扱者の指名と解除', en: 'Designating and revoking handlers' },
    description: {
      ja: '指名は在職中の職員について、その課で同時に1件だけ有効とし、指名日と指名者、解除日と解除者を記録する。指名はその課の取扱者の役割を指名日から付与し、解除すると直ちに終了する。解除済みの指名や、他の操作で変更された版への変更は受け付けない。',
      en: 'A designation is of a member of staff still employed, at most one in force per person and section, dated and attributed both ways. It grants the HANDLER role for the section from its date; revoking ends the role at once. A revoked designation or a stale version is not changed.',
    },
    parameters: [],
    codes: ['HANDLERS.NOT_FOUND', 'HANDLERS.STAFF_NOT_EMPLOYED', 'HANDLERS.ALREADY_DESIGNATED', 'HANDLERS.ALREADY_REVOKED', 'HANDLERS.STALE_VERSION'],
  },
  {
    id: PRECAUTIONS_COMPLETE_RULE_ID,
    article: '第9条第1項',
    title: { ja: '本人確認情報の取扱上の留意事項（5区分）', en: 'Handling precautions (five categories)' },
    description: {
      ja: '情報セキュリティ責任者は、画面表示・整合性の確保・検索抽出・磁気ディスクへの保管・帳票出力の5区分すべてについて留意事項を定め、版を付けて本人確認情報取扱者に提示する。',
      en: 'The security officer presents handlers with precautions for all five categories (screen display, integrity, search and extraction, storage on disk, printing), as a numbered version.',
    },
    parameters: [],
    codes: ['HANDLERS.PRECAUTION_MISSING', 'HANDLERS.PRECAUTION_TOO_LONG', 'HANDLERS.PRECAUTIONS_STALE'],
  },
  {
    id: PRECAUTIONS_ACKNOWLEDGED_RULE_ID,
    article: '第9条第2項',
    title: { ja: '留意事項の確認（現行版）', en: 'Acknowledging the current precautions' },
    description: {
      ja: '本人確認情報取扱者は現行版の留意事項を本人が確認する。改訂されると全員が未確認に戻り、旧版の確認は現行版の確認とみなさない。確認した文面はハッシュと版で保存する。',
      en: 'Each handler acknowledges the current version themselves; a new version makes everyone unacknowledged again, and an earlier acknowledgement does not count. The text acknowledged is kept as its version and hash.',
    },
    parameters: [],
    codes: ['HANDLERS.PRECAUTIONS_NOT_FOUND', 'HANDLERS.PRECAUTIONS_NOT_CURRENT', 'HANDLERS.NOT_DESIGNATED'],
  },
  {
    id: HANDLER_PERMISSIONS_RULE_ID,
    article: '第12条第7号',
    title: { ja: '取扱者管理台帳の権限', en: 'Permissions in the handler ledger' },
    description: {
      ja: '取扱者管理台帳には所属・職・氏名・権限を記載する。権限は定められた一覧から1つ以上指定する。',
      en: 'The handler ledger records unit, title, name and permissions; each handler holds at least one permission from the defined list.',
    },
    parameters: [],
    codes: ['HANDLERS.NO_PERMISSION', 'HANDLERS.UNKNOWN_PERMISSION'],
  },
];
