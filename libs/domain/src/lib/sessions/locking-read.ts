import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * One row read for update inside a write transaction: a locking read on MariaDB/MySQL (which also sees
 * the latest committed version whatever the isolation level); SQLite serialises writers already. On a
 * Galera cluster a conflicting write on another node fails at COMMIT instead, and `withTransaction`
 * runs the whole transaction again.
 */
export async function readForUpdate<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  where: string,
  parameters: Readonly<Record<string, unknown>>,
): Promise<T | null> {
  const query = manager.createQueryBuilder(entity, 'row').where(where, parameters);
  const type = manager.connection.options.type;
  if (type === 'mysql' || type === 'mariadb') query.setLock('pessimistic_write');
  return query.getOne();
}
