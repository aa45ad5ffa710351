import type { CatalogueSection } from '../i18n/message-catalogue.types';

export const AUTHORITY_MESSAGES = {
  'AUTHORITY.DESIGNATOR_NOT_SECTION_SECURITY_OFFICER': {
    article: '第8条',
    ja: '本人確認情報取扱者を指名できるのは、同じ課（{section}）の情報セキュリティ責任者だけです。',
    en: 'Only the security officer of the same section ({section}) may designate a handler.',
  },
  'AUTHORITY.PRECAUTIONS_PUBLISHER_NOT_SECTION_SECURITY_OFFICER': {
    article: '第9条第1項',
    ja: '本人確認情報の取扱上の留意事項を定めることができるのは、その課（{section}）の情報セキュリティ責任者だけです。',
    en: 'Only the security officer of the section ({section}) may publish its handling precautions.',
  },
  'AUTHORITY.APPROVER_NOT_SYSTEM_OFFICER': {
    article: '第19条第2項',
    ja: '操作者を承認できるのは情報システム責任者だけです。',
    en: 'Only the system officer may approve an operator.',
  },
  'AUTHORITY.APPLICANT_NOT_SECTION_SECURITY_OFFICER': {
    article: '第19条第2項',
    ja: '操作者の承認は、その課（{section}）の情報セキュリティ責任者の申請に基づく必要があります。',
    en: 'An operator is approved on the application of the security officer of their section ({section}).',
  },
  'AUTHORITY.EQUIPMENT_ROOM_APPROVER': {
    article: '第22条',
    ja: '重要機器室への入室を事前に許可できるのは情報システム責任者だけです。',
    en: 'Only the system officer may pre-approve entry to the important equipment room.',
  },
  'AUTHORITY.TERMINAL_ROOM_APPROVER': {
    article: '第22条',
    ja: '端末機等の設置室への入室を事前に許可できるのは、その室の課（{section}）の情報セキュリティ責任者だけです。',
    en: 'Only the security officer of the room’s section ({section}) may pre-approve entry to a terminal room.',
  },
} as const satisfies CatalogueSection;
