import { DEMO_CARD_GROUPS } from '../cards/demo-cards.data';
import { DEMO_STAFF } from '../staff/demo-staff.data';

/** One demo PIN guidance record (第10条の4): the card, its section, who guided, how many days ago. */
export interface DemoPinGuidance {
  readonly section: string;
  readonly cardSerial: string;
  /** Employee number of the guiding staff member (a handler or the security officer of the section). */
  readonly guidedBy: string;
  readonly daysAgo: number;
}

/** The people of a section who give the guidance at the counter: its current handlers, then its security officer. */
function guidesOf(section: string): string[] {
  const current = (role: 'HANDLER' | 'SECURITY_OFFICER') =>
    DEMO_STAFF.filter((m) => m.roles.some((r) => r.role === role && r.section === section && r.until === undefined)).map((m) => m.employeeNumber);
  return [...current('HANDLER'), ...current('SECURITY_OFFICER')];
}

/**
 * A guidance record for every demo card that was issued (DEMO_CARD_GROUPS, whatever became of it later),
 * on the day of its issuance, guided in turn by the section's handlers and security officer — so the
 * ledger shows several sections and several guides, consistent with the card stock. No PIN anywhere.
 */
export const DEMO_PIN_GUIDANCE: readonly DemoPinGuidance[] = DEMO_CARD_GROUPS.flatMap((group) => {
  const issued = group.steps.find((step) => step.kind === 'ISSUED');
  if (!issued) return [];
  const guides = guidesOf(group.section);
  if (guides.length === 0) throw new Error(`the demo has nobody to guide PIN entry in ${group.section}`);
  return Array.from({ length: group.count }, (_, i) => ({
    section: group.section,
    cardSerial: `${group.serialPrefix}-${String(i + 1).padStart(4, '0')}`,
    guidedBy: guides[i % guides.length] as string,
    daysAgo: issued.daysAgo,
  }));
});
