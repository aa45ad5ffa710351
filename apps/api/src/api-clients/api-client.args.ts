import { INPUT_LIMITS } from '@juki/policies';
import { ArgsType, Field, ID } from 'type-graphql';
import { GlobalId, Items, MaxChars, Pattern, PlainText, Required } from '../graphql/validation/input-constraints';

/**
 * The shape of a scope, `<integrationScope>:<access>` (e.g. `cards:write`). Which scopes exist is the
 * domain's check (`checkApiClientScopes`: API_CLIENTS.UNKNOWN_SCOPE, audited), so a well-shaped unknown
 * scope reaches it; spaces, markup, SQL or a runaway length do not.
 */
export const SCOPE_PATTERN = /^[a-z][a-z0-9-]*:[a-z]+$/;

/** `createApiClient` (第19条の2第1項第1号・第2号). */
@ArgsType()
export class CreateApiClientArgs {
  @Field(() => String)
  @Required({ code: 'API_CLIENTS.NAME_INVALID' })
  @MaxChars(INPUT_LIMITS.maxName, { code: 'API_CLIENTS.NAME_INVALID' })
  @PlainText({ code: 'API_CLIENTS.NAME_INVALID' })
  name!: string;

  @Field(() => ID, { description: 'Global id of the section (OrganisationUnit).' })
  @GlobalId({ types: ['OrganisationUnit'], code: 'API_CLIENTS.SECTION_INVALID' })
  sectionId!: string;

  @Field(() => [String])
  @Items({ min: 1, max: INPUT_LIMITS.maxScopes, unique: true, tooFew: { code: 'API_CLIENTS.NO_SCOPE' } })
  @MaxChars(INPUT_LIMITS.maxScope, { each: true })
  @Pattern(SCOPE_PATTERN, { each: true })
  scopes!: string[];
}

/** `revokeApiClient` (第19条の2第1項第4号). */
@ArgsType()
export class RevokeApiClientArgs {
  @Field(() => ID)
  @GlobalId()
  id!: string;
}
