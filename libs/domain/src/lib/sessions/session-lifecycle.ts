import { IsNull, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { SessionEntity, type SessionEndReason } from './session.entity';

/** Ends every open session matching `where` (one UPDATE); returns how many ended. */
export async function endOpenSessions(
  manager: EntityManager,
  where: Pick<FindOptionsWhere<SessionEntity>, 'id' | 'staffId' | 'cardId'>,
  reason: SessionEndReason,
  at: Date,
): Promise<number> {
  const result = await manager.update(SessionEntity, { ...where, endedAt: IsNull() }, { endedAt: at, endReason: reason });
  return result.affected ?? 0;
}

/** Ends the open sessions of a person except `keepSessionId` (after a password change elsewhere). */
export async function endOtherSessions(manager: EntityManager, staffId: string, keepSessionId: string, reason: SessionEndReason, at: Date): Promise<number> {
  const result = await manager
    .createQueryBuilder()
    .update(SessionEntity)
    .set({ endedAt: at, endReason: reason })
    .where('staff_id = :staffId AND id <> :keep AND ended_at IS NULL', { staffId, keep: keepSessionId })
    .execute();
  return result.affected ?? 0;
}
