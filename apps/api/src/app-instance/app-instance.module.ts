import type { ApiModule } from '../api-module';
import { AppInstanceEntity } from './app-instance.entity';

/** Process start-up records (no GraphQL yet: hostnames are internal; the operations console comes later). */
export const APP_INSTANCE_MODULE: ApiModule = {
  name: 'app-instance',
  entities: [AppInstanceEntity],
  resolvers: [],
};
