import type { CredentialEntity, StaffEntity } from '@juki/domain';
import type { PolicyProfile } from '@juki/policies';
import { canRead, visibleText, visibleValue, type FieldAccessMap } from '../graphql/authorization/field-access';
import type { RowOwner } from '../graphql/authorization/request-scope';
import { toGlobalId } from '../graphql/relay/global-id';
import { StaffType } from './staff.type';
import { blankObject } from '../graphql/types/blank-object';

export const STAFF = 'Staff';

/** A staff row belongs to the person's section, and is about the person themselves (SELF). */
export function staffOwner(entity: StaffEntity): RowOwner {
  return { sectionId: entity.sectionId, staffId: entity.id };
}

/**
 * Entity → GraphQL, field by field, with the caller's access to this row. The policy profile serves only
 * the credential's lifecycle (`passwordExpiresAt`); given as a function it is asked for only then.
 */
export function toStaffType(entity: StaffEntity, credential: CredentialEntity | null, access: FieldAccessMap, now: Date, profile: PolicyProfile | (() => PolicyProfile)): StaffType {
  const staff = blankObject(StaffType);
  staff.id = visibleValue(access['id'], toGlobalId(STAFF, entity.id));
  staff.employeeNumber = visibleText(access['employeeNumber'], entity.employeeNumber);
  staff.name = visibleText(access['name'], entity.name);
  staff.nameKana = visibleText(access['nameKana'], entity.nameKana);
  staff.title = visibleText(access['title'], entity.title);
  staff.employmentStatus = visibleValue(access['employmentStatus'], entity.employmentStatus);
  staff.lockedAt = visibleValue(access['lockedAt'], credential?.lockedAt ?? null);
  staff.passwordExpiresAt = visibleValue(access['passwordExpiresAt'], credential ? credential.lifecycle(now, typeof profile === 'function' ? profile() : profile).expiresAt : null);
  staff.sectionRowId = canRead(access['section']) ? entity.sectionId : null;
  return staff;
}
