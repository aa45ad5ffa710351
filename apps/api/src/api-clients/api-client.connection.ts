import type { ApiClientEntity } from '@juki/domain';
import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../graphql/connections/connection.args';
import { connectionTypes } from '../graphql/connections/connection.types';
import type { KeysetOrder } from '../graphql/connections/keyset-pagination';
import { ApiClientType } from './api-client.type';

export const { connection: ApiClientConnection, edge: ApiClientEdge } = connectionTypes('ApiClient', ApiClientType);

/** API clients by name, then id. */
export const API_CLIENT_ORDER: KeysetOrder<ApiClientEntity> = { columns: ['client.name', 'client.id'], values: (c) => [c.name, c.id] };

@ArgsType()
export class ApiClientsArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: 'true: only revoked clients; false: only working ones.' })
  revoked?: boolean | null;
}
