import type { IsoDate } from '../calendar/calendar-date';
import { result, violation, type RuleResult, type Violation } from '../core/violation';
import { holdsRole, type Actor } from './role-grant';

export const DESIGNATE_HANDLER_RULE_ID = 'art8.designateHandler';
export const PUBLISH_PRECAUTIONS_RULE_ID = 'art9.publishPrecautions';
export const APPROVE_OPERATOR_RULE_ID = 'art19.approveOperator';
export const ROOM_ENTRY_RULE_ID = 'art22.roomEntryApproval';

/** 第8条: the security officer of a section designates that section's handlers — nobody else. */
export function checkHandlerDesignation(input: { designator: Actor; sectionId: string; on: IsoDate }): RuleResult {
  if (holdsRole(input.designator, 'SECURITY_OFFICER', input.on, input.sectionId)) return result([]);
  return result([
    violation(DESIGNATE_HANDLER_RULE_ID, 'AUTHORITY.DESIGNATOR_NOT_SECTION_SECURITY_OFFICER', { section: input.sectionId }),
  ]);
}

/** 第9条第1項: the security officer of a section presents (publishes) its handling precautions — nobody else. */
export function checkPrecautionsPublisher(input: { publisher: Actor; sectionId: string; on: IsoDate }): RuleResult {
  if (holdsRole(input.publisher, 'SECURITY_OFFICER', input.on, input.sectionId)) return result([]);
  return result([
    violation(PUBLISH_PRECAUTIONS_RULE_ID, 'AUTHORITY.PRECAUTIONS_PUBLISHER_NOT_SECTION_SECURITY_OFFICER', { section: input.sectionId }),
  ]);
}

/**
 * 第19条第2項: the system officer approves the minimum of operators, on the application of the security
 * officer of the operator's section. Both conditions are checked and both failures reported.
 */
export function checkOperatorApproval(input: {
  approver: Actor;
  applicant: Actor;
  sectionId: string;
  on: IsoDate;
}): RuleResult {
  const violations: Violation[] = [];
  if (!holdsRole(input.approver, 'SYSTEM_OFFICER', input.on)) {
    violations.push(violation(APPROVE_OPERATOR_RULE_ID, 'AUTHORITY.APPROVER_NOT_SYSTEM_OFFICER'));
  }
  if (!holdsRole(input.applicant, 'SECURITY_OFFICER', input.on, input.sectionId)) {
    violations.push(
      violation(APPROVE_OPERATOR_RULE_ID, 'AUTHORITY.APPLICANT_NOT_SECTION_SECURITY_OFFICER', { section: input.sectionId }),
    );
  }
  return result(violations);
}

/** 第22条: the two kinds of designated facility. */
export type DesignatedFacility =
  | { readonly kind: 'IMPORTANT_EQUIPMENT_ROOM' }
  | { readonly kind: 'TERMINAL_ROOM'; readonly sectionId: string };

/**
 * 第22条: entry to the important equipment room is pre-approved by the system officer; entry to a room
 * with terminals or card-issuing terminals by the security officer of that room's section.
 */
export function checkRoomEntryApproval(input: { approver: Actor; facility: DesignatedFacility; on: IsoDate }): RuleResult {
  const { approver, facility, on } = input;
  if (facility.kind === 'IMPORTANT_EQUIPMENT_ROOM') {
    return holdsRole(approver, 'SYSTEM_OFFICER', on)
      ? result([])
      : result([violation(ROOM_ENTRY_RULE_ID, 'AUTHORITY.EQUIPMENT_ROOM_APPROVER')]);
  }
  return holdsRole(approver, 'SECURITY_OFFICER', on, facility.sectionId)
    ? result([])
    : result([violation(ROOM_ENTRY_RULE_ID, 'AUTHORITY.TERMINAL_ROOM_APPROVER', { section: facility.sectionId })]);
}
