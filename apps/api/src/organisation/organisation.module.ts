import { OrganisationUnitEntity } from '@juki/domain';
import type { ApiModule } from '../api-module';
import { ORGANISATION_UNIT } from './organisation-unit.mapper';
import { loadOrganisationUnit, OrganisationUnitResolver } from './organisation-unit.resolver';

/** The organisation of 第2条第2項: units with their kind, wards above their sections. */
export const ORGANISATION_MODULE: ApiModule = {
  name: 'organisation',
  entities: [OrganisationUnitEntity],
  resolvers: [OrganisationUnitResolver],
  nodes: [{ typeName: ORGANISATION_UNIT, load: (context, id) => loadOrganisationUnit(context, id) }],
};
