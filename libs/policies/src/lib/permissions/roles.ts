import type { ArticleRef } from '../articles/articles';
import type { LocalizedText } from '../i18n/localized-text';

/** The roles of 第2章 (and the two of the mission map that are not offices: auditor and ward systems). */
export const ROLES = [
  'SYSTEM_ADMINISTRATOR',
  'DEPUTY_ADMINISTRATOR',
  'SYSTEM_OFFICER',
  'SECURITY_OFFICER',
  'HANDLER',
  'IT_DIVISION_HEAD',
  'AUDITOR',
  'INTEGRATION',
] as const;
export type Role = (typeof ROLES)[number];

export interface RoleDescription {
  readonly label: LocalizedText;
  readonly holder: LocalizedText;
  readonly article: ArticleRef;
  /** Whether the role is held per section (課) and sees only that section's rows. */
  readonly sectionScoped: boolean;
}

export const ROLE_DESCRIPTIONS: Readonly<Record<Role, RoleDescription>> = {
  SYSTEM_ADMINISTRATOR: {
    label: { ja: '情報システム管理者', en: 'System administrator' },
    holder: { ja: '市民局長', en: 'Director-General, Citizens Bureau' },
    article: '第3条第1項',
    sectionScoped: false,
  },
  DEPUTY_ADMINISTRATOR: {
    label: { ja: '情報システム副管理者', en: 'Deputy system administrator' },
    holder: { ja: '市民局市民部長', en: 'Director, Citizens Department' },
    article: '第3条第3項',
    sectionScoped: false,
  },
  SYSTEM_OFFICER: {
    label: { ja: '情報システム責任者', en: 'System officer' },
    holder: { ja: '市民局市民部区政課長', en: 'Head, Ward Administration Division' },
    article: '第4条',
    sectionScoped: false,
  },
  SECURITY_OFFICER: {
    label: { ja: '情報セキュリティ責任者', en: 'Security officer' },
    holder: { ja: '住基ネットを利用する課の長', en: 'Head of each section using Juki-Net' },
    article: '第5条第1項',
    sectionScoped: true,
  },
  HANDLER: {
    label: { ja: '本人確認情報取扱者', en: 'Handler of identity information' },
    holder: { ja: '情報セキュリティ責任者が指名した職員', en: 'Staff designated by a security officer' },
    article: '第8条',
    sectionScoped: true,
  },
  IT_DIVISION_HEAD: {
    label: { ja: '企画調整局情報システム課長', en: 'Head, IT Division (Policy Coordination Bureau)' },
    holder: { ja: '企画調整局情報システム課長', en: 'Head, IT Division' },
    article: '第6条第2項第4号',
    sectionScoped: false,
  },
  AUDITOR: {
    label: { ja: '監査担当', en: 'Auditor' },
    holder: { ja: 'セキュリティ会議の決定により監査を行う者', en: 'Staff auditing on the security council’s order' },
    article: '第6条第3項第3号',
    sectionScoped: false,
  },
  INTEGRATION: {
    label: { ja: '区システム連携', en: 'Ward-system integration' },
    holder: { ja: 'APIトークンを持つ区のシステム', en: 'A ward system holding an API token' },
    article: '第19条の2第1項第2号',
    sectionScoped: true,
  },
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
