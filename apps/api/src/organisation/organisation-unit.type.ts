import type { OrganisationUnitKind } from '@juki/policies';
import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../graphql/relay/node.interface';
import { OrganisationUnitKindEnum } from './organisation-unit-kind.enum';

/**
 * A unit of the organisation (第2条第2項) as the API shows it. Built field by field by
 * `toOrganisationUnitType` with the caller's access to THIS row; scalars are plain properties (graphql-js
 * default resolvers), `parent` and `children` are batched by the request's DataLoaders.
 */
@ObjectType('OrganisationUnit', {
  implements: NodeInterface,
  simpleResolvers: true,
  description: 'A unit of the organisation (第2条第2項): bureau, department, ward office, or a section (課).',
})
export class OrganisationUnitType extends NodeInterface {
  @Field(() => String, { description: 'Stable code, e.g. chuo-shimin.' })
  code!: string | null;

  @Field(() => String, { description: 'Name in Japanese.' })
  name!: string | null;

  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string | null;

  @Field(() => OrganisationUnitKindEnum)
  kind!: OrganisationUnitKind | null;

  @Field(() => Boolean, { description: 'Whether the unit uses Juki-Net (and so has a security officer, 第5条).' })
  usesJukiNet!: boolean | null;

  /** Row id of the parent unit when the caller may follow `parent` (not a GraphQL field). */
  parentRowId!: string | null;

  /** Row id of this unit when the caller may follow `children` (not a GraphQL field). */
  childrenOf!: string | null;

  /** Relations fetched ahead with the rows, by field and arguments (not a GraphQL field; see the prefetch). */
  prefetched!: Map<string, unknown> | null;
}
