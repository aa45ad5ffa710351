import type { CsvColumn, CsvLanguage } from '@juki/domain';
import { HANDLER_PERMISSION_LABELS } from '@juki/policies';
import type { StaffType } from '../identity/staff.type';
import type { OrganisationUnitType } from '../organisation/organisation-unit.type';
import type { HandlerDesignationType } from './handler-designation.type';

/**
 * One row of the handler ledger's CSV: the designation and its relations exactly as the connection returns
 * them to this caller (the same row filter, the same field access, nested rows through the same loaders).
 */
export interface HandlerLedgerRow {
  readonly designation: HandlerDesignationType;
  readonly section: OrganisationUnitType | null;
  readonly staff: StaffType | null;
  readonly designatedBy: StaffType | null;
  readonly revokedBy: StaffType | null;
}

/** 第12条第7号 (取扱者管理台帳): 所属, 職, 氏名, 権限 — and the dates and officers of designation and revocation. */
export function handlerLedgerColumns(language: CsvLanguage): readonly CsvColumn<HandlerLedgerRow>[] {
  return [
    { header: { ja: '所属', en: 'Unit' }, value: (r) => r.section?.name ?? null },
    { header: { ja: '職', en: 'Title' }, value: (r) => r.designation.title },
    { header: { ja: '氏名', en: 'Name' }, value: (r) => r.staff?.name ?? null },
    { header: { ja: '職員番号', en: 'Employee number' }, value: (r) => r.staff?.employeeNumber ?? null },
    {
      header: { ja: '権限', en: 'Permissions' },
      value: (r) => r.designation.permissions?.map((p) => HANDLER_PERMISSION_LABELS[p][language]).join(language === 'ja' ? '、' : '; ') ?? null,
    },
    { header: { ja: '指名日', en: 'Designated on' }, value: (r) => r.designation.designatedOn },
    { header: { ja: '指名者', en: 'Designated by' }, value: (r) => r.designatedBy?.name ?? null },
    { header: { ja: '解除日', en: 'Revoked on' }, value: (r) => r.designation.revokedOn },
    { header: { ja: '解除者', en: 'Revoked by' }, value: (r) => r.revokedBy?.name ?? null },
    {
      header: { ja: '状態', en: 'Status' },
      value: (r) => (r.designation.inForce === null ? null : r.designation.inForce ? (language === 'ja' ? '指名中' : 'In force') : language === 'ja' ? '解除' : 'Revoked'),
    },
  ];
}
