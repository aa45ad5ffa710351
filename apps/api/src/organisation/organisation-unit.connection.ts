import { connectionTypes } from '../graphql/connections/connection.types';
import { OrganisationUnitType } from './organisation-unit.type';

export const { connection: OrganisationUnitConnection, edge: OrganisationUnitEdge } = connectionTypes('OrganisationUnit', OrganisationUnitType);
