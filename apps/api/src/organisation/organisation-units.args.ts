import type { OrganisationUnitKind } from '@juki/policies';
import { ArgsType, Field, ID } from 'type-graphql';
import { ConnectionArgs } from '../graphql/connections/connection.args';
import { OrganisationUnitKindEnum } from './organisation-unit-kind.enum';

@ArgsType()
export class OrganisationUnitsArgs extends ConnectionArgs {
  @Field(() => OrganisationUnitKindEnum, { nullable: true, description: 'Only units of this kind.' })
  kind?: OrganisationUnitKind | null;

  @Field(() => ID, { nullable: true, description: 'Only the direct children of this unit (global id).' })
  parentId?: string | null;
}
