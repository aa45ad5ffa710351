import { checkPasswordReuse, checkPasswordStrength, jstDate, type Violation } from '@juki/policies';
import type { EntityManager } from 'typeorm';
import { OperatorIdCardEntity } from '../operator-cards/operator-id-card.entity';
import { DomainError } from '../shared/domain-error';
import { StaffEntity } from '../staff/staff.entity';
import { auditIdentityMutation, runAuditedMutation, type IdentityEnvironment, type IdentityRequest } from '../sessions/identity-environment';
import { requireStaff } from '../sessions/principal-guards';
import { endOpenSessions, endOtherSessions } from '../sessions/session-lifecycle';
import { registerFailure } from '../sessions/sign-in.use-case';
import { CredentialEntity } from './credential.entity';
import { hashPassword, MAX_PASSWORD_INPUT, verifyPassword } from './password-hashing';
import { PasswordHistoryEntity } from './password-history.entity';

export const CHANGE_PASSWORD_OPERATION = 'Mutation.changePassword';

export interface ChangePasswordResult {
  readonly staff: StaffEntity;
  readonly changedAt: Date;
  readonly passwordExpiresAt: Date;
  /** Other sessions of the person, ended by the change. */
  readonly otherSessionsEnded: number;
}

function isMysqlFamily(manager: EntityManager): boolean {
  const type = manager.connection.options.type;
  return type === 'mysql' || type === 'mariadb';
}

async function lockedCredential(manager: EntityManager, staffId: string): Promise<CredentialEntity | null> {
  const query = manager.createQueryBuilder(CredentialEntity, 'credential').where('credential.staffId = :staffId', { staffId });
  if (isMysqlFamily(manager)) query.setLock('pessimistic_write');
  return query.getOne();
}

/**
 * 第21条第4項: operators change their own password. The current password is verified (a wrong one counts
 * as a consecutive failure of 第19条第1項; at the limit the account locks and all its sessions end);
 * the new one must pass `checkPasswordStrength` with the person's own data (user id, card number, names,
 * birth date — 第21条第2項) and differ from the newest `historyDepth` passwords (`checkPasswordReuse`,
 * verified against each stored argon2id hash). All violations are returned together. On success the
 * hash, `changed_at` (the expiry restarts) and the history are written, a reset is cleared, and the
 * person's other sessions end. argon2 runs outside the transaction.
 */
export async function changePassword(
  env: IdentityEnvironment,
  request: IdentityRequest,
  input: { readonly currentPassword: string; readonly newPassword: string },
): Promise<ChangePasswordResult> {
  const principal = requireStaff(request.principal);
  const { now } = request;
  const profile = env.profileAt(now);
  const attempted = { recordType: 'Staff', recordIds: [principal.staffId], sectionId: null };

  const staff = await env.reader.findOne(StaffEntity, { where: { id: principal.staffId } });
  const credential = await env.reader.findOne(CredentialEntity, { where: { staffId: principal.staffId } });
  if (!staff || !credential) throw new DomainError('PERMISSIONS.SIGN_IN_REQUIRED');
  const audited = { ...attempted, sectionId: staff.sectionId };
  if (credential.locked) {
    await env.transaction((manager) => auditIdentityMutation(manager, request, CHANGE_PASSWORD_OPERATION, audited, 'DENIED'));
    throw new DomainError('OPERATORS.ACCOUNT_LOCKED');
  }

  const currentOk = input.currentPassword.length <= MAX_PASSWORD_INPUT && (await verifyPassword(credential.passwordHash, input.currentPassword));
  if (!currentOk) {
    await env.transaction(async (manager) => {
      const locked = await registerFailure(manager, staff.id, now, profile);
      if (locked) await endOpenSessions(manager, { staffId: staff.id }, 'ACCOUNT_LOCKED', now);
      await auditIdentityMutation(manager, request, CHANGE_PASSWORD_OPERATION, audited, 'FAILED');
    });
    throw new DomainError('PASSWORDS.CURRENT_INCORRECT');
  }

  const cardNumber = await currentCardNumber(env.reader, principal.sessionId);
  const violations: Violation[] = [
    ...checkPasswordStrength(input.newPassword, staff.passwordContext(cardNumber ?? undefined, jstDate(now)), profile).violations,
  ];
  if (input.newPassword.length <= MAX_PASSWORD_INPUT) {
    const history = await env.reader.find(PasswordHistoryEntity, {
      where: { staffId: staff.id },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: profile.passwords.historyDepth,
    });
    // Newest first, the current password first (checkPasswordReuse counts the newest historyDepth).
    const hashes = [credential.passwordHash, ...history.map((h) => h.passwordHash).filter((h) => h !== credential.passwordHash)];
    const matches: boolean[] = [];
    for (const stored of hashes) matches.push(await verifyPassword(stored, input.newPassword));
    violations.push(...checkPasswordReuse(matches, profile).violations);
  }
  if (violations.length > 0) {
    await env.transaction((manager) => auditIdentityMutation(manager, request, CHANGE_PASSWORD_OPERATION, audited, 'FAILED'));
    throw DomainError.fromViolations(violations);
  }

  const newHash = await hashPassword(input.newPassword);
  return runAuditedMutation(env, request, CHANGE_PASSWORD_OPERATION, audited, async (manager) => {
    const current = await lockedCredential(manager, staff.id);
    // Changed or locked since it was verified: the caller signs in again.
    if (!current || current.passwordHash !== credential.passwordHash || current.locked) throw new DomainError('PERMISSIONS.SIGN_IN_REQUIRED');
    await manager.update(CredentialEntity, { staffId: staff.id, version: current.version }, {
      passwordHash: newHash,
      changedAt: now,
      mustChange: false,
      failedCount: 0,
      version: current.version + 1,
    });
    await manager.insert(PasswordHistoryEntity, PasswordHistoryEntity.record(staff.id, newHash, now));
    const otherSessionsEnded = await endOtherSessions(manager, staff.id, principal.sessionId, 'PASSWORD_CHANGED', now);
    const expires = CredentialEntity.create({ staffId: staff.id, passwordHash: newHash, changedAt: now }).lifecycle(now, profile).expiresAt;
    return { result: { staff, changedAt: now, passwordExpiresAt: expires, otherSessionsEnded }, change: audited };
  });
}

/** The card of the caller's session (its number is part of the password check's context). */
async function currentCardNumber(manager: EntityManager, sessionId: string): Promise<string | null> {
  const row = await manager
    .createQueryBuilder(OperatorIdCardEntity, 'card')
    .innerJoin('session', 'session', 'session.card_id = card.id')
    .where('session.id = :sessionId', { sessionId })
    .getOne();
  return row?.cardNumber ?? null;
}

