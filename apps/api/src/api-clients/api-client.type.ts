import { Field, ID, ObjectType } from 'type-graphql';
import { NodeInterface } from '../graphql/relay/node.interface';

/** A ward system's API client (第19条の2第1項第1号・第2号). Its token is never a field (only its hash is stored). */
@ObjectType('ApiClient', { implements: NodeInterface, simpleResolvers: true, description: 'A ward system calling the API with a bearer token (第19条の2).' })
export class ApiClientType extends NodeInterface {
  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => [String], { nullable: true, description: 'Scopes: <integrationScope>:read|write (checkApiClientScopes).' })
  scopes!: string[] | null;

  @Field(() => Date, { nullable: true })
  createdAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When revoked; null while the token works.' })
  revokedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'The last request authenticated with the token (recorded at most once a minute).' })
  lastUsedAt!: Date | null;

  /** Row ids for `section` and `createdBy` when the caller may follow them (not GraphQL fields). */
  sectionRowId!: string | null;
  createdByRowId!: string | null;
}

/** The result of createApiClient: the client and its token — the only time the token is ever shown. */
@ObjectType('CreatedApiClient', { simpleResolvers: true, description: 'A new API client and its token, shown this once (stored hashed).' })
export class CreatedApiClientType {
  @Field(() => ID, { description: 'Global id of the API client.' })
  id!: string;

  @Field(() => ApiClientType)
  apiClient!: ApiClientType;

  @Field(() => String, { description: 'The bearer token (Authorization: Bearer …). It cannot be shown again: store it in the ward system now.' })
  token!: string;
}
