import type { IsoDate } from '../calendar/calendar-date';
import type { Role } from '../permissions/roles';

/** A role held by a person, for a section (課) when the role is section-scoped, over a period of dates. */
export interface RoleGrant {
  readonly role: Role;
  readonly sectionId?: string;
  readonly effectiveFrom: IsoDate;
  /** The last day the grant applies; open-ended when absent. */
  readonly effectiveTo?: IsoDate;
}

export interface Actor {
  readonly staffId: string;
  readonly grants: readonly RoleGrant[];
}

export function grantInForce(grant: RoleGrant, on: IsoDate): boolean {
  return grant.effectiveFrom <= on && (grant.effectiveTo === undefined || on <= grant.effectiveTo);
}

/** Whether the actor holds `role` on `on` (for `sectionId`, when given). */
export function holdsRole(actor: Actor, role: Role, on: IsoDate, sectionId?: string): boolean {
  return actor.grants.some(
    (g) => g.role === role && grantInForce(g, on) && (sectionId === undefined || g.sectionId === sectionId),
  );
}

/** The roles an actor holds on a date (each once). */
export function rolesInForce(actor: Actor, on: IsoDate): readonly Role[] {
  return [...new Set(actor.grants.filter((g) => grantInForce(g, on)).map((g) => g.role))];
}

/** The sections in which the actor holds `role` on `on`. */
export function sectionsWithRole(actor: Actor, role: Role, on: IsoDate): readonly string[] {
  return [
    ...new Set(
      actor.grants.filter((g) => g.role === role && grantInForce(g, on) && g.sectionId !== undefined).map((g) => g.sectionId as string),
    ),
  ];
}
