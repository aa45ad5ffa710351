import { canRead, visibleText, visibleValue, type FieldAccessMap } from '../graphql/authorization/field-access';
import type { RowOwner } from '../graphql/authorization/request-scope';
import { toGlobalId } from '../graphql/relay/global-id';
import type { OrganisationUnitRow } from './organisation-unit.rows';
import { OrganisationUnitType } from './organisation-unit.type';
import { blankObject } from '../graphql/types/blank-object';

export const ORGANISATION_UNIT = 'OrganisationUnit';

/** Whose row it is: a unit is its own section, so a section-scoped reader reaches the unit itself. */
export function organisationUnitOwner(entity: OrganisationUnitRow): RowOwner {
  return { sectionId: entity.id };
}

/**
 * Row → GraphQL, field by field (a new column is not exposed until it is added here), with the caller's
 * access to this row: masked text shows MASK, a denied field is null, a relation the caller may not read
 * is not followed.
 */
export function toOrganisationUnitType(entity: OrganisationUnitRow, access: FieldAccessMap): OrganisationUnitType {
  const unit = blankObject(OrganisationUnitType);
  unit.id = visibleValue(access['id'], toGlobalId(ORGANISATION_UNIT, entity.id));
  unit.code = visibleText(access['code'], entity.code);
  unit.name = visibleText(access['name'], entity.name);
  unit.nameEn = visibleText(access['nameEn'], entity.nameEn);
  unit.kind = visibleValue(access['kind'], entity.kind);
  unit.usesJukiNet = visibleValue(access['usesJukiNet'], entity.usesJukiNet);
  unit.parentRowId = canRead(access['parent']) ? entity.parentId : null;
  unit.childrenOf = canRead(access['children']) ? entity.id : null;
  unit.prefetched = null;
  return unit;
}
