import { ApiClientEntity } from '@juki/domain';
import type { ApiModule } from '../api-module';
import { API_CLIENT } from './api-client.mapper';
import { ApiClientResolver, loadApiClient } from './api-client.resolver';

/** API clients of ward systems (第19条の2第1項第1号・第2号): created, shown once, revoked. */
export const API_CLIENTS_MODULE: ApiModule = {
  name: 'api-clients',
  entities: [ApiClientEntity],
  resolvers: [ApiClientResolver],
  nodes: [{ typeName: API_CLIENT, load: (context, id) => loadApiClient(context, id) }],
};
