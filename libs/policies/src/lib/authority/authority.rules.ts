import type { RuleDefinition } from '../core/rule-definition';

export const AUTHORITY_RULES: readonly RuleDefinition[] = [
  {
    id: 'art8.designateHandler',
    article: '第8条',
    title: { ja: '本人確認情報取扱者の指名権者', en: 'Who designates handlers' },
    description: {
      ja: '本人確認情報取扱者は、その課の情報セキュリティ責任者が指名する。他の課の責任者や他の役割による指名は無効。',
      en: 'Handlers are designated by the security officer of their own section; a designation by anyone else is refused.',
    },
    parameters: [],
    codes: ['AUTHORITY.DESIGNATOR_NOT_SECTION_SECURITY_OFFICER'],
  },
  {
    id: 'art9.publishPrecautions',
    article: '第9条第1項',
    title: { ja: '留意事項を定める者', en: 'Who publishes the handling precautions' },
    description: {
      ja: '本人確認情報の取扱上の留意事項は、その課の情報セキュリティ責任者が定めて提示する。他の課の責任者や他の役割による改訂は無効。',
      en: 'A section’s handling precautions are published by its own security officer; anyone else is refused.',
    },
    parameters: [],
    codes: ['AUTHORITY.PRECAUTIONS_PUBLISHER_NOT_SECTION_SECURITY_OFFICER'],
  },
  {
    id: 'art19.approveOperator',
    article: '第19条第2項',
    title: { ja: '操作者の承認', en: 'Approval of operators' },
    description: {
      ja: '操作者は、その課の情報セキュリティ責任者の申請に基づき、情報システム責任者が承認する。',
      en: 'Operators are approved by the system officer on the application of the security officer of their section.',
    },
    parameters: [],
    codes: ['AUTHORITY.APPROVER_NOT_SYSTEM_OFFICER', 'AUTHORITY.APPLICANT_NOT_SECTION_SECURITY_OFFICER'],
  },
  {
    id: 'art22.roomEntryApproval',
    article: '第22条',
    title: { ja: '指定施設への入室の事前許可', en: 'Prior approval of entry to designated facilities' },
    description: {
      ja: '重要機器室は情報システム責任者、端末機又は住民基本台帳カード発行端末の設置室はその課の情報セキュリティ責任者が事前に許可する。',
      en: 'Entry to the important equipment room is pre-approved by the system officer; to a terminal room, by the security officer of its section.',
    },
    parameters: [],
    codes: ['AUTHORITY.EQUIPMENT_ROOM_APPROVER', 'AUTHORITY.TERMINAL_ROOM_APPROVER'],
  },
];
