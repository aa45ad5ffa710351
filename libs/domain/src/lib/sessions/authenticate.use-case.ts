import { evaluateSessionTimes, type IsoDate, type Role, type RoleGrant } from '@juki/policies';
import type { Principal } from '../access/principal';
import { ApiClientEntity } from '../api-clients/api-client.entity';
import { CredentialEntity } from '../credentials/credential.entity';
import { OperatorIdCardEntity } from '../operator-cards/operator-id-card.entity';
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
  /** Every role grant of the person (past, current, future), oldest first, with its section's name. */
  readonly grants: readonly SessionGrant[];
  /** The name of the person's section. */
  readonly sectionName: string;
}

/** A role grant as the session read it (the person's own view: `me`). */
export interface SessionGrant {
  readonly id: string;
  readonly role: Role;
  readonly sectionId: string | null;
  readonly sectionName: string | null;
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo: IsoDate | null;
}

export interface AuthenticatedApiClient {
  readonly kind: 'API_CLIENT';
  readonly principal: Extract<Principal, { kind: 'API_CLIENT' }>;
  readonly client: ApiClientEntity;
}

export type Authenticated = AuthenticatedStaff | AuthenticatedApiClient;

/** The columns of the one statement that resolves a session (one row per role grant, at least one). */
interface RawSession {
  s_id: string;
  s_staff_id: string;
  s_card_id: string;
  s_created_at: Date | string;
  s_last_seen_at: Date | string;
  s_ended_at: Date | string | null;
  s_end_reason: SessionEndReason | null;
  st_employee_number: string;
  st_name: string;
  st_name_kana: string;
  st_name_romaji: string | null;
  st_section_id: string;
  st_title: string;
  st_employment_status: StaffEntity['employmentStatus'];
  st_employment_status_since: string | null;
  st_birth_date: string;
  st_version: number | string;
  su_name: string | null;
  c_card_number: string;
  c_status: OperatorIdCardEntity['status'];
  c_issued_at: Date | string;
  c_returned_at: Date | string | null;
  c_lost_reported_at: Date | string | null;
  c_loss_kind: OperatorIdCardEntity['lossKind'];
  c_revoked_at: Date | string | null;
  c_version: number | string;
  cr_changed_at: Date | string;
  cr_must_change: number | string | boolean;
  cr_failed_count: number | string;
  cr_locked_at: Date | string | null;
  cr_version: number | string;
  ra_id: string | null;
  ra_role: Role | null;
  ra_section_id: string | null;
  ru_name: string | null;
  ra_effective_from: string | null;
  ra_effective_to: string | null;
}

/**
 * ONE statement per request: the session with its person, card, credential, section name and every role
 * grant (with its section's name). The same text runs on MariaDB and SQLite; dates come back as
 * `YYYY-MM-DD` text on both (CAST), instants as Date (mysql2) or UTC text (SQLite, see `dbInstant`).
 */
const SESSION_SQL = `SELECT s.id AS s_id, s.staff_id AS s_staff_id, s.card_id AS s_card_id, s.created_at AS s_created_at,
  s.last_seen_at AS s_last_seen_at, s.ended_at AS s_ended_at, s.end_reason AS s_end_reason,
  st.employee_number AS st_employee_number, st.name AS st_name, st.name_kana AS st_name_kana, st.name_romaji AS st_name_romaji,
  st.section_id AS st_section_id, st.title AS st_title, st.employment_status AS st_employment_status,
  CAST(st.employment_status_since AS CHAR(10)) AS st_employment_status_since, CAST(st.birth_date AS CHAR(10)) AS st_birth_date,
  st.version AS st_version, su.name AS su_name,
  c.card_number AS c_card_number, c.status AS c_status, c.issued_at AS c_issued_at, c.returned_at AS c_returned_at,
  c.lost_reported_at AS c_lost_reported_at, c.loss_kind AS c_loss_kind, c.revoked_at AS c_revoked_at, c.version AS c_version,
  cr.changed_at AS cr_changed_at, cr.must_change AS cr_must_change, cr.failed_count AS cr_failed_count, cr.locked_at AS cr_locked_at,
  cr.version AS cr_version,
  ra.id AS ra_id, ra.role AS ra_role, ra.section_id AS ra_section_id, ru.name AS ru_name,
  CAST(ra.effective_from AS CHAR(10)) AS ra_effective_from, CAST(ra.effective_to AS CHAR(10)) AS ra_effective_to
 FROM session s
 JOIN staff st ON st.id = s.staff_id
 JOIN operator_id_card c ON c.id = s.card_id
 JOIN credential cr ON cr.staff_id = s.staff_id
 LEFT JOIN organisation_unit su ON su.id = st.section_id
 LEFT JOIN role_assignment ra ON ra.staff_id = s.staff_id
 LEFT JOIN organisation_unit ru ON ru.id = ra.section_id
 WHERE s.token_hash = ?
 ORDER BY ra.effective_from, ra.id`;

/** An instant as the driver returns it: a Date (mysql2, `timezone: 'Z'`) or SQLite's UTC text `YYYY-MM-DD HH:MM:SS.mmm`. */
export function dbInstant(value: Date | string): Date;
export function dbInstant(value: Date | string | null): Date | null;
export function dbInstant(value: Date | string | null): Date | null {
  if (value === null || value instanceof Date) return value;
  return new Date(value.includes('T') ? value : `${value.replace(' ', 'T')}Z`);
}

const truthy = (value: number | string | boolean): boolean => value === true || value === 1 || value === '1';

function sessionOf(rows: readonly RawSession[]): { session: SessionEntity; staff: StaffEntity; card: OperatorIdCardEntity; credential: CredentialEntity; grants: SessionGrant[]; sectionName: string } {
  const r = rows[0] as RawSession;
  const staff = Object.assign(new StaffEntity(), {
    id: r.s_staff_id,
    employeeNumber: r.st_employee_number,
    name: r.st_name,
    nameKana: r.st_name_kana,
    nameRomaji: r.st_name_romaji,
    sectionId: r.st_section_id,
    title: r.st_title,
    employmentStatus: r.st_employment_status,
    employmentStatusSince: r.st_employment_status_since,
    birthDate: r.st_birth_date,
    version: Number(r.st_version),
  });
  const card = Object.assign(new OperatorIdCardEntity(), {
    id: r.s_card_id,
    cardNumber: r.c_card_number,
    holderId: r.s_staff_id,
    status: r.c_status,
    issuedAt: dbInstant(r.c_issued_at),
    returnedAt: dbInstant(r.c_returned_at),
    lostReportedAt: dbInstant(r.c_lost_reported_at),
    lossKind: r.c_loss_kind,
    revokedAt: dbInstant(r.c_revoked_at),
    version: Number(r.c_version),
  });
  // The password hash is not read: authentication never needs it.
  const credential = Object.assign(new CredentialEntity(), {
    staffId: r.s_staff_id,
    passwordHash: '',
    changedAt: dbInstant(r.cr_changed_at),
    mustChange: truthy(r.cr_must_change),
    failedCount: Number(r.cr_failed_count),
    lockedAt: dbInstant(r.cr_locked_at),
    version: Number(r.cr_version),
  });
  const session = Object.assign(new SessionEntity(), {
    id: r.s_id,
    tokenHash: '',
    staffId: r.s_staff_id,
    cardId: r.s_card_id,
    createdAt: dbInstant(r.s_created_at),
    lastSeenAt: dbInstant(r.s_last_seen_at),
    endedAt: dbInstant(r.s_ended_at),
    endReason: r.s_end_reason,
    staff,
    card,
  });
  const grants = rows
    .filter((g) => g.ra_id !== null)
    .map((g) => ({
      id: g.ra_id as string,
      role: g.ra_role as Role,
      sectionId: g.ra_section_id,
      sectionName: g.ra_section_id ? g.ru_name : null,
      effectiveFrom: g.ra_effective_from as IsoDate,
      effectiveTo: g.ra_effective_to as IsoDate | null,
    }));
  return { session, staff, card, credential, grants, sectionName: r.su_name ?? '' };
}

function toRoleGrant(grant: SessionGrant): RoleGrant {
  return {
    role: grant.role,
    ...(grant.sectionId ? { sectionId: grant.sectionId } : {}),
    effectiveFrom: grant.effectiveFrom,
    ...(grant.effectiveTo ? { effectiveTo: grant.effectiveTo } : {}),
  };
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
  const rows = (await (env.readRows ? env.readRows(SESSION_SQL, [hashSecretToken(token)]) : env.reader.query(SESSION_SQL, [hashSecretToken(token)]))) as RawSession[];
  if (rows.length === 0) return null;
  const { session: row, staff, card, credential, grants, sectionName } = sessionOf(rows);
  if (row.endedAt !== null) return null;
  const profile = env.profileAt(now);
  const times = evaluateSessionTimes({ createdAt: row.createdAt, lastSeenAt: row.lastSeenAt, now }, profile);
  const ended: SessionEndReason | null = times.timedOut ?? (!card.usableForSignIn ? 'CARD_REVOKED' : !staff.employed ? 'STAFF_INACTIVE' : null);
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
  const lifecycle = credential.lifecycle(now, profile);
  const passwordChangeRequired = lifecycle.expired || lifecycle.mustChange;
  const current = evaluateSessionTimes({ createdAt: row.createdAt, lastSeenAt: row.lastSeenAt, now }, profile);
  return {
    kind: 'STAFF',
    principal: {
      kind: 'STAFF',
      staffId: row.staffId,
      sessionId: row.id,
      grants: grants.map(toRoleGrant),
      passwordChangeRequired,
    },
    session: row,
    staff,
    card,
    passwordChangeRequired,
    passwordExpiresAt: lifecycle.expiresAt,
    expiresAt: current.expiresAt,
    absoluteExpiresAt: current.absoluteExpiresAt,
    grants,
    sectionName,
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
