import type { DataSource } from 'typeorm';
import { withTransaction } from '../database/with-transaction';
import { AppInstanceEntity, type AppInstanceStart } from './app-instance.entity';

/** Writes the start-up row of this process (idempotent on retry: the id is fixed before the first attempt). */
export async function recordAppInstanceStart(dataSource: DataSource, start: AppInstanceStart): Promise<AppInstanceEntity> {
  const instance = AppInstanceEntity.started(start);
  await withTransaction(dataSource, async (manager) => {
    const repository = manager.getRepository(AppInstanceEntity);
    if (!(await repository.existsBy({ id: instance.id }))) await repository.insert(instance);
  });
  return instance;
}

export function findAppInstance(dataSource: DataSource, id: string): Promise<AppInstanceEntity | null> {
  return dataSource.getRepository(AppInstanceEntity).findOneBy({ id });
}
