import { ORGANISATION_UNIT_KINDS, ORGANISATION_UNIT_KIND_LABELS, type OrganisationUnitKind } from '@juki/policies';
import { registerEnumType } from 'type-graphql';

/** The kinds of unit of 第2条第2項, as a GraphQL enum (values = the codes of @juki/policies). */
export const OrganisationUnitKindEnum = Object.fromEntries(ORGANISATION_UNIT_KINDS.map((k) => [k, k])) as { readonly [K in OrganisationUnitKind]: K };

registerEnumType(OrganisationUnitKindEnum, {
  name: 'OrganisationUnitKind',
  description: 'The kind of a unit of the organisation (第2条第2項).',
  valuesConfig: Object.fromEntries(
    ORGANISATION_UNIT_KINDS.map((k) => [k, { description: `${ORGANISATION_UNIT_KIND_LABELS[k].ja} (${ORGANISATION_UNIT_KIND_LABELS[k].en})` }]),
  ),
});
