import { OrganisationUnitEntity } from '@juki/domain';
import type { ApiModule } from '../api-module';

/** The organisation of 第2条第2項. Its GraphQL types and queries arrive with the authorization layer. */
export const ORGANISATION_MODULE: ApiModule = {
  name: 'organisation',
  entities: [OrganisationUnitEntity],
  resolvers: [],
};
