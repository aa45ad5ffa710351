import { DomainError } from '../shared/domain-error';
import { StaffEntity } from '../staff/staff.entity';
import { runAuditedMutation, type IdentityEnvironment, type IdentityRequest } from '../sessions/identity-environment';
import { readForUpdate } from '../sessions/locking-read';
import { requireRole } from '../sessions/principal-guards';
import { CredentialEntity } from './credential.entity';

export const UNLOCK_ACCOUNT_OPERATION = 'Mutation.unlockAccount';

export interface UnlockAccountResult {
  readonly staff: StaffEntity;
  /** Whether the account was locked (an unlock of an unlocked account only clears its failure count). */
  readonly wasLocked: boolean;
}

/**
 * 第19条第1項: an account locked after consecutive failures stays locked until the system officer
 * (情報システム責任者) unlocks it. Clears the lock and the failure count.
 */
export async function unlockAccount(env: IdentityEnvironment, request: IdentityRequest, staffId: string): Promise<UnlockAccountResult> {
  const attempted = { recordType: 'Staff', recordIds: [staffId], sectionId: null };
  return runAuditedMutation(env, request, UNLOCK_ACCOUNT_OPERATION, attempted, async (manager) => {
    requireRole(request.principal, 'SYSTEM_OFFICER', request.now);
    const staff = await manager.findOne(StaffEntity, { where: { id: staffId } });
    const credential = staff ? await readForUpdate(manager, CredentialEntity, 'row.staffId = :staffId', { staffId }) : null;
    if (!staff || !credential) throw new DomainError('OPERATORS.STAFF_NOT_FOUND');
    await manager.update(CredentialEntity, { staffId }, { lockedAt: null, failedCount: 0, version: credential.version + 1 });
    return { result: { staff, wasLocked: credential.locked }, change: { ...attempted, sectionId: staff.sectionId } };
  });
}
