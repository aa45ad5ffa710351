import { evaluateSessionTimes, type PolicyProfile } from '@juki/policies';
import type { EntityManager } from 'typeorm';
import { ANONYMOUS, type Principal } from '../access/principal';
import { CredentialEntity } from '../credentials/credential.entity';
import { dummyPasswordHash, MAX_PASSWORD_INPUT, verifyPassword } from '../credentials/password-hashing';
import { LogonEventEntity, type LogonOutcome } from '../logon/logon-event.entity';
import { DEFAULT_SIGN_IN_RATE_LIMIT, sourceRateLimited, type SignInRateLimit } from '../logon/logon-history';
import { OperatorIdCardEntity } from '../operator-cards/operator-id-card.entity';
import { loadRoleGrants } from '../staff/staff-grants';
import { StaffEntity } from '../staff/staff.entity';
import { auditIdentityMutation, type IdentityEnvironment, type IdentityRequest } from './identity-environment';
import { hashSecretToken, newSecretToken } from './secret-token';
import { SessionEntity } from './session.entity';

export const SIGN_IN_OPERATION = 'Mutation.signIn';

/** Stand-in id for the credential lookup of an unknown card: the same queries run either way. */
const NO_STAFF = '00000000-0000-0000-0000-000000000000';
/** The source recorded when the transport gives none. */
export const UNKNOWN_SOURCE = 'unknown';
/** Card numbers as issued: letters, digits and hyphens. Anything else cannot match and is not looked up. */
const CARD_NUMBER = /^[A-Za-z0-9-]{1,32}$/;

export interface SignInInput {
  /** As entered; recorded as entered (it identifies, it is not a secret). */
  readonly cardNumber: string;
  readonly password: string;
}

export interface SignInOptions {
  readonly rateLimit?: SignInRateLimit;
}

export interface SignedIn {
  readonly signedIn: true;
  readonly outcome: 'SUCCESS' | 'PASSWORD_EXPIRED';
  /** The bearer secret: give it to the client once (cookie or body), never store or log it. */
  readonly token: string;
  readonly principal: Extract<Principal, { kind: 'STAFF' }>;
  readonly session: SessionEntity;
  readonly staff: StaffEntity;
  readonly card: OperatorIdCardEntity;
  /** 第21条: expired or reset: the session allows only changePassword and signOut. */
  readonly passwordChangeRequired: boolean;
  readonly passwordExpiresAt: Date;
  /** When the session ends unless used again (idle), and at the latest (absolute). */
  readonly expiresAt: Date;
  readonly absoluteExpiresAt: Date;
  readonly logonEventId: string;
}

export interface NotSignedIn {
  readonly signedIn: false;
  /** For the logon history only: the caller answers every one of them with the same generic error. */
  readonly outcome: Exclude<LogonOutcome, 'SUCCESS' | 'PASSWORD_EXPIRED'>;
  readonly logonEventId: string;
}

export type SignInResult = SignedIn | NotSignedIn;

/** What the database says about the card, read before the password is verified. */
interface Found {
  readonly card: OperatorIdCardEntity | null;
  readonly staff: StaffEntity | null;
  readonly credential: CredentialEntity | null;
}

async function findByCardNumber(manager: EntityManager, cardNumber: string | null, lock: boolean): Promise<Found> {
  const cardQuery = manager
    .createQueryBuilder(OperatorIdCardEntity, 'card')
    .leftJoinAndSelect('card.holder', 'holder')
    .where('card.cardNumber = :cardNumber', { cardNumber: cardNumber ?? '' });
  const card = cardNumber === null ? null : await cardQuery.getOne();
  const credentialQuery = manager
    .createQueryBuilder(CredentialEntity, 'credential')
    .where('credential.staffId = :staffId', { staffId: card?.holderId ?? NO_STAFF });
  if (lock && isMysqlFamily(manager)) credentialQuery.setLock('pessimistic_write');
  const credential = await credentialQuery.getOne();
  return { card, staff: card?.holder ?? null, credential };
}

function isMysqlFamily(manager: EntityManager): boolean {
  const type = manager.connection.options.type;
  return type === 'mysql' || type === 'mariadb';
}

/** The outcome the database state and the verification give (before any write). */
function outcomeOf(found: Found, verified: boolean, passwordChangeRequired: (c: CredentialEntity) => boolean): LogonOutcome {
  const { card, staff, credential } = found;
  if (!card || !staff || !credential) return 'BAD_CREDENTIALS';
  if (!card.usableForSignIn || !staff.employed) return 'CARD_INACTIVE';
  if (credential.locked) return 'LOCKED';
  if (!verified) return 'BAD_CREDENTIALS';
  return passwordChangeRequired(credential) ? 'PASSWORD_EXPIRED' : 'SUCCESS';
}

/**
 * 第19条第1項 sign-in with an operator ID card number AND a password.
 *
 * - The card must be issued to the person and ACTIVE (`cardUsableForSignIn`) and its holder employed.
 * - The password is verified with argon2id — always exactly once, against a dummy hash when the card is
 *   unknown, so an unknown card takes as long as a known one. Verification runs outside any transaction.
 * - `maxConsecutiveFailures` wrong passwords in a row lock the account until the system officer unlocks it.
 * - Too many failures from one source address within the rate-limit window refuse the attempt unchecked.
 * - An expired or reset password signs in to a session that allows only changePassword and signOut.
 * - Every attempt is a logon_event (第19条の2第2項) and an audit event, committed together with the
 *   session or the failure counter. The result never tells the caller which check failed: the API answers
 *   every `signedIn: false` with the same error.
 */
export async function signIn(env: IdentityEnvironment, request: IdentityRequest, input: SignInInput, options: SignInOptions = {}): Promise<SignInResult> {
  const { now } = request;
  const profile = env.profileAt(now);
  const source = request.source ?? UNKNOWN_SOURCE;
  const lookup = input.cardNumber.normalize('NFKC').trim();
  const cardNumber = CARD_NUMBER.test(lookup) ? lookup : null;

  const rateLimited = await sourceRateLimited(env.reader, source, now, options.rateLimit ?? DEFAULT_SIGN_IN_RATE_LIMIT);
  const before = await findByCardNumber(env.reader, cardNumber, false);
  const verified =
    !rateLimited &&
    input.password.length <= MAX_PASSWORD_INPUT &&
    (await verifyPassword(before.credential?.passwordHash ?? (await dummyPasswordHash()), input.password));
  const changeRequired = (c: CredentialEntity): boolean => c.passwordChangeRequired(now, profile);

  return env.transaction(async (manager): Promise<SignInResult> => {
    // Re-read under lock: a lock, a revocation or a password change since the verification wins.
    const found = await findByCardNumber(manager, cardNumber, true);
    const sameCredential = found.credential !== null && found.credential.passwordHash === before.credential?.passwordHash;
    const outcome: LogonOutcome = rateLimited ? 'RATE_LIMITED' : outcomeOf(found, verified && sameCredential, changeRequired);
    const staff = found.staff;

    if (outcome === 'BAD_CREDENTIALS' && found.credential && staff) {
      await registerFailure(manager, staff.id, now, profile);
    }

    const logon = LogonEventEntity.record({ occurredAt: now, cardNumber: input.cardNumber, staffId: staff?.id ?? null, outcome, sourceAddress: source });
    await manager.insert(LogonEventEntity, logon);
    const audited = { recordType: 'LogonEvent', recordIds: [logon.id], sectionId: staff?.sectionId ?? null };

    if ((outcome !== 'SUCCESS' && outcome !== 'PASSWORD_EXPIRED') || !found.card || !staff || !found.credential) {
      await auditIdentityMutation(manager, { ...request, principal: ANONYMOUS }, SIGN_IN_OPERATION, audited, 'FAILED', ANONYMOUS);
      return { signedIn: false, outcome: outcome as NotSignedIn['outcome'], logonEventId: logon.id };
    }

    if (found.credential.failedCount > 0) await manager.update(CredentialEntity, { staffId: staff.id }, { failedCount: 0 });
    const token = newSecretToken('session');
    const session = SessionEntity.open({ tokenHash: hashSecretToken(token), staffId: staff.id, cardId: found.card.id, at: now });
    await manager.insert(SessionEntity, session);
    const passwordChangeRequired = outcome === 'PASSWORD_EXPIRED';
    const principal: SignedIn['principal'] = {
      kind: 'STAFF',
      staffId: staff.id,
      sessionId: session.id,
      grants: await loadRoleGrants(manager, staff.id),
      passwordChangeRequired,
    };
    await auditIdentityMutation(manager, { ...request, principal }, SIGN_IN_OPERATION, audited, 'SUCCESS', principal);
    const times = evaluateSessionTimes({ createdAt: now, lastSeenAt: now, now }, profile);
    return {
      signedIn: true,
      outcome,
      token,
      principal,
      session,
      staff,
      card: found.card,
      passwordChangeRequired,
      passwordExpiresAt: found.credential.lifecycle(now, profile).expiresAt,
      expiresAt: times.expiresAt,
      absoluteExpiresAt: times.absoluteExpiresAt,
      logonEventId: logon.id,
    };
  });
}

/**
 * One more consecutive failure (an atomic increment, so concurrent failures all count); the account
 * locks when the count reaches the profile's limit (`lockedAfterFailures`, 第19条第1項). Returns
 * whether this failure locked it.
 */
export async function registerFailure(manager: EntityManager, staffId: string, now: Date, profile: PolicyProfile): Promise<boolean> {
  await manager
    .createQueryBuilder()
    .update(CredentialEntity)
    .set({ failedCount: () => 'failed_count + 1' })
    .where('staff_id = :staffId', { staffId })
    .execute();
  const current = await manager.findOne(CredentialEntity, { where: { staffId } });
  if (!current || current.locked || !CredentialEntity.locksAfter(current.failedCount, profile)) return false;
  const locked = await manager
    .createQueryBuilder()
    .update(CredentialEntity)
    .set({ lockedAt: now })
    .where('staff_id = :staffId AND locked_at IS NULL', { staffId })
    .execute();
  return (locked.affected ?? 0) > 0;
}
