import type { Actor } from '@juki/policies';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Principal } from '../access/principal';
import { DomainError } from '../shared/domain-error';
import { requireStaff } from '../sessions/principal-guards';

/** The person acting, as the authority rules of libs/policies see them (their role grants). */
export function actorOf(principal: Principal): Actor {
  const staff = requireStaff(principal);
  return { staffId: staff.staffId, grants: staff.grants };
}

/**
 * Rows read for update inside a write transaction (a locking read on MariaDB, which also sees the latest
 * committed rows; SQLite runs this process's transactions one after another).
 */
export async function readManyForUpdate<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  where: string,
  parameters: Readonly<Record<string, unknown>>,
): Promise<T[]> {
  const query = manager.createQueryBuilder(entity, 'row').where(where, parameters);
  const type = manager.connection.options.type;
  if (type === 'mysql' || type === 'mariadb') query.setLock('pessimistic_write');
  return query.getMany();
}

/** A unique key refused the row (MariaDB 1062 / ER_DUP_ENTRY, SQLite SQLITE_CONSTRAINT_UNIQUE). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; errno?: unknown; driverError?: { code?: unknown; errno?: unknown } };
  const codes = [e.code, e.driverError?.code];
  return codes.includes('ER_DUP_ENTRY') || codes.includes('SQLITE_CONSTRAINT_UNIQUE') || e.errno === 1062 || e.driverError?.errno === 1062;
}

/** Runs an insert; a unique-key refusal (a concurrent writer got there first) becomes the given conflict. */
export async function insertOrConflict(write: () => Promise<unknown>, conflict: () => DomainError): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}
