import { result, violation, type RuleResult, type Violation } from '../core/violation';
import type { LocalizedText } from '../i18n/localized-text';

/**
 * 第2条第2項: a "section" (課) is one of the units the office-organisation rules define. The organisation
 * is a tree of units with a kind; wards are the parents of their ward-office sections and citizen centres.
 */
export const ORGANISATION_UNIT_KINDS = [
  'BUREAU',
  'DEPARTMENT',
  'DIVISION',
  'OFFICE',
  'ESTABLISHMENT',
  'WARD_OFFICE',
  'WARD_SECTION',
  'CITIZEN_CENTRE',
  'HEALTH_CENTRE_SECTION',
  'CHILD_CONSULTATION_CENTRE',
  'ACCOUNTING_OFFICE',
  'WARD_ACCOUNTING_OFFICE',
] as const;
export type OrganisationUnitKind = (typeof ORGANISATION_UNIT_KINDS)[number];

export const ORGANISATION_UNIT_KIND_LABELS: Readonly<Record<OrganisationUnitKind, LocalizedText>> = {
  BUREAU: { ja: '局', en: 'Bureau' },
  DEPARTMENT: { ja: '部', en: 'Department' },
  DIVISION: { ja: '課', en: 'Division' },
  OFFICE: { ja: '室', en: 'Office' },
  ESTABLISHMENT: { ja: '事業所', en: 'Establishment' },
  WARD_OFFICE: { ja: '区役所', en: 'Ward office' },
  WARD_SECTION: { ja: '区役所の課', en: 'Ward-office section' },
  CITIZEN_CENTRE: { ja: '市民センター', en: 'Citizen centre' },
  HEALTH_CENTRE_SECTION: { ja: '保健所の課', en: 'Health-centre section' },
  CHILD_CONSULTATION_CENTRE: { ja: '児童相談所', en: 'Child consultation centre' },
  ACCOUNTING_OFFICE: { ja: '会計室', en: 'Accounting office' },
  WARD_ACCOUNTING_OFFICE: { ja: '区役所会計室', en: 'Ward accounting office' },
};

/** The kinds that are a 課 in the sense of 第2条第2項, and so can have a security officer (第5条). */
export const SECTION_KINDS: readonly OrganisationUnitKind[] = [
  'DIVISION',
  'OFFICE',
  'ESTABLISHMENT',
  'WARD_SECTION',
  'CITIZEN_CENTRE',
  'HEALTH_CENTRE_SECTION',
  'CHILD_CONSULTATION_CENTRE',
  'ACCOUNTING_OFFICE',
  'WARD_ACCOUNTING_OFFICE',
];

/** Which kinds may sit directly under which. */
const ALLOWED_PARENTS: Readonly<Record<OrganisationUnitKind, readonly (OrganisationUnitKind | null)[]>> = {
  BUREAU: [null],
  DEPARTMENT: ['BUREAU'],
  DIVISION: ['BUREAU', 'DEPARTMENT'],
  OFFICE: ['BUREAU', 'DEPARTMENT'],
  ESTABLISHMENT: ['BUREAU', 'DEPARTMENT'],
  WARD_OFFICE: [null],
  WARD_SECTION: ['WARD_OFFICE'],
  CITIZEN_CENTRE: ['WARD_OFFICE'],
  HEALTH_CENTRE_SECTION: ['BUREAU', 'DEPARTMENT'],
  CHILD_CONSULTATION_CENTRE: ['BUREAU', 'DEPARTMENT'],
  ACCOUNTING_OFFICE: [null],
  WARD_ACCOUNTING_OFFICE: ['WARD_OFFICE'],
};

export interface OrganisationUnitData {
  readonly code: string;
  readonly name: string;
  readonly kind: OrganisationUnitKind;
  readonly parentCode: string | null;
  /** Whether the unit uses Juki-Net (第5条: only such sections have a security officer). */
  readonly usesJukiNet: boolean;
}

export function isSection(kind: OrganisationUnitKind): boolean {
  return SECTION_KINDS.includes(kind);
}

export const ORGANISATION_RULE_ID = 'art2.sectionDefinition';

/**
 * Checks an organisation tree: unique codes, known parents, parents of an allowed kind, no cycles, and
 * only sections (課) marked as using Juki-Net. Every problem is returned.
 */
export function validateOrganisation(units: readonly OrganisationUnitData[]): RuleResult {
  const violations: Violation[] = [];
  const byCode = new Map<string, OrganisationUnitData>();
  for (const u of units) {
    if (byCode.has(u.code)) violations.push(violation(ORGANISATION_RULE_ID, 'ORGANISATION.DUPLICATE_CODE', { code: u.code }));
    byCode.set(u.code, u);
  }
  for (const u of units) {
    const parent = u.parentCode === null ? null : byCode.get(u.parentCode);
    if (u.parentCode !== null && !parent) {
      violations.push(violation(ORGANISATION_RULE_ID, 'ORGANISATION.UNKNOWN_PARENT', { code: u.code, parent: u.parentCode }));
      continue;
    }
    const parentKind = parent ? parent.kind : null;
    if (!ALLOWED_PARENTS[u.kind].includes(parentKind)) {
      violations.push(
        violation(ORGANISATION_RULE_ID, 'ORGANISATION.PARENT_KIND', { code: u.code, kind: u.kind, parentKind: parentKind ?? '—' }),
      );
    }
    if (u.usesJukiNet && !isSection(u.kind)) {
      violations.push(violation(ORGANISATION_RULE_ID, 'ORGANISATION.NOT_A_SECTION', { code: u.code, kind: u.kind }));
    }
    const seen = new Set<string>([u.code]);
    let cursor = parent;
    while (cursor) {
      if (seen.has(cursor.code)) {
        violations.push(violation(ORGANISATION_RULE_ID, 'ORGANISATION.CYCLE', { code: u.code }));
        break;
      }
      seen.add(cursor.code);
      cursor = cursor.parentCode === null ? undefined : byCode.get(cursor.parentCode);
    }
  }
  return result(violations);
}
