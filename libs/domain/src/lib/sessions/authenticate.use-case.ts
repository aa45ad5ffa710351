import { evaluateSessionTimes } from '@juki/policies';
import type { Principal } from '../access/principal';
import { ApiClientEntity } from '../api-clients/api-client.entity';
import { CredentialEntity } from '../credentials/credential.entity';
import { OperatorIdCardEntity } from '../operator-cards/operator-id-card.entity';
import { loadRoleGrants } from '../staff/staff-grants';
import { StaffEntity } from '../staff/staff.entity';
import type { IdentityEnvironment } from './identity-environment';
import { hashSecretToken, secretTokenKind } from './secret-token';
import { SessionEntity, type SessionEndReason } from './session.entity';
import { endOpenSessions } from './session-lifecycle';

/** last_seen_at / last_used_at are written at most this often per session or client. */
export const TOUCH_INTERVAL_MS = 60_000;

export interface AuthenticatedStaff {
  readonly kind: 'STAFF';
  readonly principal: Extract<Principal, { kind: 'STAFF' }>;
  readonly session: SessionEntity;
  readonly staff: StaffEntity;
  readonly card: OperatorIdCardEntity;
  readonly passwordChangeRequired: boolean;
  readonly passwordExpiresAt: Date;
  /** When the session ends unless used again (idle timeout), and at the latest (absolute timeout). */
  readonly expiresAt: Date;
  readonly absoluteExpiresAt: Date;
}

export interface AuthenticatedApiClient {
  readonly kind: 'API_CLIENT';
  readonly principal: Extract<Principal, { kind: 'API_CLIENT' }>;
  readonly client: ApiClientEntity;
}

export type Authenticated = AuthenticatedStaff | AuthenticatedApiClient;

interface SessionRow extends SessionEntity {
  credential?: CredentialEntity;
}

/**
 * Who a bearer secret belongs to, or null (the request is then ANONYMOUS): a session token of a person
 * or the token of an API client. Looked up by SHA-256 only.
 *
 * A session is valid while it has not ended, neither its idle nor its absolute timeout has passed
 * (`evaluateSessionTimes`), its card is still ACTIVE (第20条第5項) and its holder still employed; a session
 * found invalid is ended on the spot. The password state is evaluated on every request, so a password
 * that expires during a session restricts it at once. last_seen_at is written at most once a minute.
 */
export async function authenticate(env: IdentityEnvironment, token: string, now: Date): Promise<Authenticated | null> {
  const kind = secretTokenKind(token);
  if (kind === 'session') return authenticateSession(env, token, now);
  if (kind === 'apiClient') return authenticateApiClient(env, token, now);
  return null;
}

async function authenticateSession(env: IdentityEnvironment, token: string, now: Date): Promise<AuthenticatedStaff | null> {
  const row = (await env.reader
    .createQueryBuilder(SessionEntity, 'session')
    .innerJoinAndSelect('session.staff', 'staff')
    .innerJoinAndSelect('session.card', 'card')
    .leftJoinAndMapOne('session.credential', CredentialEntity, 'credential', 'credential.staffId = session.staffId')
    .where('session.tokenHash = :hash', { hash: hashSecretToken(token) })
    .getOne()) as SessionRow | null;
  if (!row || row.endedAt !== null || !row.staff || !row.card || !row.credential) return null;
  const profile = env.profileAt(now);
  const times = evaluateSessionTimes({ createdAt: row.createdAt, lastSeenAt: row.lastSeenAt, now }, profile);
  const ended: SessionEndReason | null = times.timedOut ?? (!row.card.usableForSignIn ? 'CARD_REVOKED' : !row.staff.employed ? 'STAFF_INACTIVE' : null);
  if (ended) {
    await env.transaction((manager) => endOpenSessions(manager, { id: row.id }, ended, now));
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await env.transaction((manager) =>
      manager
        .createQueryBuilder()
        .update(SessionEntity)
        .set({ lastSeenAt: now })
        .where('id = :id AND ended_at IS NULL AND last_seen_at < :now', { id: row.id, now })
        .execute(),
    );
    row.lastSeenAt = now;
  }
  const lifecycle = row.credential.lifecycle(now, profile);
  const passwordChangeRequired = lifecycle.expired || lifecycle.mustChange;
  const current = evaluateSessionTimes({ createdAt: row.createdAt, lastSeenAt: row.lastSeenAt, now }, profile);
  return {
    kind: 'STAFF',
    principal: {
      kind: 'STAFF',
      staffId: row.staffId,
      sessionId: row.id,
      grants: await loadRoleGrants(env.reader, row.staffId),
      passwordChangeRequired,
    },
    session: row,
    staff: row.staff,
    card: row.card,
    passwordChangeRequired,
    passwordExpiresAt: lifecycle.expiresAt,
    expiresAt: current.expiresAt,
    absoluteExpiresAt: current.absoluteExpiresAt,
  };
}

async function authenticateApiClient(env: IdentityEnvironment, token: string, now: Date): Promise<AuthenticatedApiClient | null> {
  const client = await env.reader.findOne(ApiClientEntity, { where: { tokenHash: hashSecretToken(token) } });
  if (!client || client.revoked) return null;
  if (client.lastUsedAt === null || now.getTime() - client.lastUsedAt.getTime() >= TOUCH_INTERVAL_MS) {
    await env.transaction((manager) =>
      manager
        .createQueryBuilder()
        .update(ApiClientEntity)
        .set({ lastUsedAt: now })
        .where('id = :id AND revoked_at IS NULL AND (last_used_at IS NULL OR last_used_at < :now)', { id: client.id, now })
        .execute(),
    );
    client.lastUsedAt = now;
  }
  return {
    kind: 'API_CLIENT',
    principal: { kind: 'API_CLIENT', apiClientId: client.id, sectionId: client.sectionId, scopes: [...client.scopes] },
    client,
  };
}
