import {
  DEMO_DESIGNATIONS,
  DEMO_PRECAUTIONS,
  DEMO_STAFF,
  HandlerDesignationEntity,
  HandlingPrecautionsEntity,
  PrecautionAcknowledgementEntity,
  RoleAssignmentEntity,
} from '@juki/domain';
import { addDays, type IsoDate } from '@juki/policies';
import type { EntityManager } from 'typeorm';

const DAY_MS = 86_400_000;

/**
 * The demo data of 第8条・第9条, inside the demo seed's transaction: a designation behind every HANDLER grant of
 * the demo staff (made by the security officer of the section; the grants that ended are revoked designations,
 * revoked the day after the grant's last day), and the precautions of DEMO_PRECAUTIONS in several versions
 * (the last one current), each acknowledged by whom the data says. `unitId` / `staffId` map codes and employee
 * numbers to row ids.
 */
export async function seedDemoHandlers(manager: EntityManager, unitId: ReadonlyMap<string, string>, staffId: ReadonlyMap<string, string>, now: Date): Promise<void> {
  const id = (map: ReadonlyMap<string, string>, key: string): string => {
    const value = map.get(key);
    if (!value) throw new Error(`demo handler data refers to unknown ${key}`);
    return value;
  };
  const officerOf = (section: string): string => {
    const officer = DEMO_STAFF.find((m) => m.roles.some((r) => r.role === 'SECURITY_OFFICER' && r.section === section && r.until === undefined));
    if (!officer) throw new Error(`the demo has no security officer for ${section}`);
    return id(staffId, officer.employeeNumber);
  };

  const designationOf = new Map<string, HandlerDesignationEntity>();
  for (const demo of DEMO_DESIGNATIONS) {
    const member = DEMO_STAFF.find((m) => m.employeeNumber === demo.employeeNumber);
    const grant = member?.roles.find((r) => r.role === 'HANDLER' && r.section !== undefined);
    if (!member || !grant?.section) throw new Error(`demo designation of ${demo.employeeNumber} has no HANDLER grant`);
    const person = id(staffId, member.employeeNumber);
    const section = id(unitId, grant.section);
    const role = await manager.findOneOrFail(RoleAssignmentEntity, { where: { staffId: person, role: 'HANDLER', sectionId: section } });
    const designatedOn: IsoDate = role.effectiveFrom;
    const designatedBy = officerOf(grant.section);
    const { designation } = HandlerDesignationEntity.designate({
      staff: { id: person, sectionId: section, title: member.title.replace(/（.*）$/, '') },
      permissions: demo.permissions,
      designatedById: designatedBy,
      designatedAt: new Date(`${designatedOn}T09:00:00+09:00`),
      designatedOn,
    });
    designation.roleAssignmentId = role.id;
    if (grant.until) {
      const revokedOn = addDays(grant.until, 1);
      designation.revoke({ byId: designatedBy, at: new Date(`${revokedOn}T09:00:00+09:00`), on: revokedOn, expectedVersion: 1 });
    }
    await manager.insert(HandlerDesignationEntity, designation);
    designationOf.set(member.employeeNumber, designation);
  }

  for (const demo of DEMO_PRECAUTIONS) {
    const section = id(unitId, demo.section);
    const versions: HandlingPrecautionsEntity[] = [];
    demo.versions.forEach((texts, i) => {
      // Oldest first, 120 days apart, the current one published 30 days ago.
      const publishedAt = new Date(now.getTime() - (30 + (demo.versions.length - 1 - i) * 120) * DAY_MS);
      versions.push(HandlingPrecautionsEntity.publish({ sectionId: section, documentVersion: i + 1, texts, publishedById: officerOf(demo.section), publishedAt }));
    });
    versions.forEach((version, i) => {
      const next = versions[i + 1];
      if (next) version.supersededAt = next.publishedAt;
    });
    for (const version of versions) await manager.insert(HandlingPrecautionsEntity, version);
    for (const [employeeNumber, acknowledged] of Object.entries(demo.acknowledged)) {
      const designation = designationOf.get(employeeNumber);
      if (!designation) throw new Error(`demo acknowledgement by ${employeeNumber}, who has no designation`);
      for (const number of acknowledged) {
        const precautions = versions[number - 1];
        if (!precautions) throw new Error(`demo acknowledgement of a version ${demo.section} does not have`);
        const at = new Date(precautions.publishedAt.getTime() + 2 * DAY_MS);
        await manager.insert(PrecautionAcknowledgementEntity, PrecautionAcknowledgementEntity.record({ precautions, designation, at }));
      }
    }
  }
}
