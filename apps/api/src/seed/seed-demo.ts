import {
  ApiClientEntity,
  CredentialEntity,
  DEMO_GRANTS_FROM,
  DEMO_ORGANISATION,
  DEMO_STAFF,
  DEMO_WARDS,
  hashPassword,
  hashSecretToken,
  LogonEventEntity,
  newSecretToken,
  OperatorIdCardEntity,
  OrganisationTree,
  OrganisationUnitEntity,
  PasswordHistoryEntity,
  RoleAssignmentEntity,
  StaffEntity,
  type DemoStaffMember,
} from '@juki/domain';
import { cardUsableForSignIn, jstDate, type PolicyProfile, type Role } from '@juki/policies';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { withTransaction } from '../database/with-transaction';
import { demoPassphrase } from './demo-passwords';
import { seedDemoHandlers } from './seed-demo-handlers';
import { seedDemoForms } from './seed-demo-forms';
import { seedDemoCards } from './seed-demo-cards';
import { seedDemoNotificationsAndPinGuidance } from './seed-demo-notifications';

const DAY_MS = 86_400_000;

/** One demo account as printed at start: never logged, never stored (only its argon2id hash is). */
export interface DemoAccount {
  readonly employeeNumber: string;
  readonly name: string;
  readonly title: string;
  readonly roles: readonly Role[];
  /** The card to sign in with: the person's ACTIVE card, else their newest card. */
  readonly cardNumber: string;
  readonly canSignIn: boolean;
  readonly password: string;
  readonly note: string | null;
}

export interface DemoApiClient {
  readonly name: string;
  readonly scopes: readonly string[];
  /** Shown once, when seeded (stored hashed). */
  readonly token: string;
}

export interface DemoSeed {
  readonly accounts: readonly DemoAccount[];
  readonly apiClients: readonly DemoApiClient[];
}

/** Scopes of the ward systems' demo API clients (least privilege, 第19条の2第1項第2号). */
export const DEMO_API_CLIENT_SCOPES = ['cards:write', 'forms:write', 'organisation:read'] as const;

/** The demo credentials, computed again from the demo data (the same passphrases as seeded). */
export function demoAccounts(profile: PolicyProfile, today: string): DemoAccount[] {
  return DEMO_STAFF.map((member) => {
    const usable = member.cards.find((c) => cardUsableForSignIn(c.status));
    const card = usable ?? (member.cards[member.cards.length - 1] as DemoStaffMember['cards'][number]);
    const context = {
      userId: member.employeeNumber,
      idCardNumber: card.number,
      names: [member.name, member.nameKana, member.nameRomaji],
      birthDate: member.birthDate,
      today,
    };
    return {
      employeeNumber: member.employeeNumber,
      name: member.name,
      title: member.title,
      roles: member.roles.filter((r) => r.until === undefined).map((r) => r.role),
      cardNumber: card.number,
      canSignIn: usable !== undefined && member.employment === undefined,
      password: demoPassphrase(member.employeeNumber, context, profile),
      note: member.note ?? null,
    };
  });
}

/** Whether the database holds no organisation and no staff yet (the demo seeds only an empty database). */
export async function databaseIsEmpty(manager: EntityManager): Promise<boolean> {
  return (await manager.count(OrganisationUnitEntity)) === 0 && (await manager.count(StaffEntity)) === 0;
}

/**
 * Seeds the demo data in ONE transaction, only into an empty database (else returns null and writes
 * nothing): the organisation (validated by `OrganisationTree.create`), staff in every role with their
 * role assignments, ID cards in every state, credentials (argon2id of deterministic passphrases, one
 * account locked, one expired, one reset), and one API client per ward. Hashing runs before the
 * transaction.
 */
export async function seedDemoData(dataSource: DataSource, now: Date, profile: PolicyProfile): Promise<DemoSeed | null> {
  if (!(await databaseIsEmpty(dataSource.manager))) return null;
  OrganisationTree.create(DEMO_ORGANISATION);
  const accounts = demoAccounts(profile, jstDate(now));
  const hashes = new Map<string, string>();
  for (const account of accounts) hashes.set(account.employeeNumber, await hashPassword(account.password));
  const apiClients = DEMO_WARDS.map((ward) => ({ ward, token: newSecretToken('apiClient') }));

  const seeded = await withTransaction(dataSource, async (manager) => {
    if (!(await databaseIsEmpty(manager))) return false;
    const unitId = new Map<string, string>();
    for (const unit of DEMO_ORGANISATION) {
      const entity = Object.assign(new OrganisationUnitEntity(), {
        id: randomUUID(),
        code: unit.code,
        name: unit.name,
        nameEn: unit.nameEn,
        kind: unit.kind,
        parentId: unit.parentCode === null ? null : requireId(unitId, unit.parentCode),
        usesJukiNet: unit.usesJukiNet,
        version: 1,
      });
      unitId.set(unit.code, entity.id);
      await manager.insert(OrganisationUnitEntity, entity);
    }

    const staffId = new Map<string, string>();
    for (const member of DEMO_STAFF) {
      const staff = StaffEntity.create({
        employeeNumber: member.employeeNumber,
        name: member.name,
        nameKana: member.nameKana,
        nameRomaji: member.nameRomaji,
        sectionId: requireId(unitId, member.section),
        title: member.title,
        birthDate: member.birthDate,
        ...(member.employment ? { employmentStatus: member.employment.status, employmentStatusSince: member.employment.since } : {}),
      });
      staffId.set(member.employeeNumber, staff.id);
      await manager.insert(StaffEntity, staff);
    }
    const systemOfficer = staffIdWithRole(staffId, 'SYSTEM_OFFICER');
    const securityOfficerOf = (section: string): string | null => {
      const member = DEMO_STAFF.find((m) => m.roles.some((r) => r.role === 'SECURITY_OFFICER' && r.section === section));
      return member ? requireId(staffId, member.employeeNumber) : null;
    };

    for (const member of DEMO_STAFF) {
      const id = requireId(staffId, member.employeeNumber);
      for (const grant of member.roles) {
        const isHandler = grant.role === 'HANDLER';
        await manager.insert(
          RoleAssignmentEntity,
          RoleAssignmentEntity.create({
            staffId: id,
            role: grant.role,
            sectionId: grant.section ? requireId(unitId, grant.section) : null,
            effectiveFrom: grant.until ? '2020-04-01' : DEMO_GRANTS_FROM,
            effectiveTo: grant.until ?? null,
            // 第19条第2項: an operator is approved by the system officer on the security officer's application.
            appliedById: isHandler && grant.section ? securityOfficerOf(grant.section) : null,
            approvedById: isHandler ? systemOfficer : null,
          }),
        );
      }
      await insertCards(manager, member, id, now);
      await insertCredential(manager, member, id, requireHash(hashes, member.employeeNumber), now, profile);
    }

    await seedDemoForms(manager, unitId, staffId, now);
    await seedDemoCards(manager, unitId, staffId, now, profile);
    await seedDemoNotificationsAndPinGuidance(manager, unitId, staffId, now);

    await seedDemoHandlers(manager, unitId, staffId, now);
    for (const { ward, token } of apiClients) {
      await manager.insert(
        ApiClientEntity,
        ApiClientEntity.create({
          name: `${ward.ja}住民記録システム連携`,
          sectionId: requireId(unitId, `${ward.code}-madoguchi`),
          scopes: [...DEMO_API_CLIENT_SCOPES],
          tokenHash: hashSecretToken(token),
          createdById: systemOfficer,
          createdAt: now,
        }),
      );
    }
    return true;
  });
  if (!seeded) return null;
  return {
    accounts,
    apiClients: apiClients.map(({ ward, token }) => ({ name: `${ward.ja}住民記録システム連携`, scopes: DEMO_API_CLIENT_SCOPES, token })),
  };
}

async function insertCards(manager: EntityManager, member: DemoStaffMember, staffId: string, now: Date): Promise<void> {
  for (const demo of member.cards) {
    const card = OperatorIdCardEntity.issue({ cardNumber: demo.number, holderId: staffId, issuedAt: new Date(now.getTime() - 200 * DAY_MS) });
    switch (demo.status) {
      case 'ISSUED':
        card.issuedAt = new Date(now.getTime() - 2 * DAY_MS);
        break;
      case 'ACTIVE':
        card.activate();
        break;
      case 'LOST':
      case 'STOLEN':
        card.activate();
        card.recordLoss(demo.status, new Date(now.getTime() - 3_600_000));
        break;
      case 'REVOKED':
        card.activate();
        card.reportLossAndRevoke(demo.lossKind ?? 'LOST', new Date(now.getTime() - 30 * DAY_MS));
        break;
      case 'RETURNED':
        card.activate();
        card.markReturned(member.employment ? new Date(`${member.employment.since}T17:00:00+09:00`) : now);
        break;
    }
    await manager.insert(OperatorIdCardEntity, card);
  }
}

async function insertCredential(manager: EntityManager, member: DemoStaffMember, staffId: string, hash: string, now: Date, profile: PolicyProfile): Promise<void> {
  const state = member.state ?? 'NORMAL';
  const changedAt = new Date(now.getTime() - (state === 'PASSWORD_EXPIRED' ? profile.passwords.expiryDays + 20 : state === 'MUST_CHANGE' ? 1 : 20) * DAY_MS);
  const credential = CredentialEntity.create({ staffId, passwordHash: hash, changedAt, mustChange: state === 'MUST_CHANGE' });
  if (state === 'LOCKED') {
    credential.failedCount = profile.passwords.maxConsecutiveFailures;
    credential.lockedAt = new Date(now.getTime() - 3_600_000);
    const card = member.cards.find((c) => c.status === 'ACTIVE');
    for (let i = profile.passwords.maxConsecutiveFailures; i > 0; i--) {
      await manager.insert(
        LogonEventEntity,
        LogonEventEntity.record({
          occurredAt: new Date(now.getTime() - 3_600_000 - i * 20_000),
          cardNumber: card?.number ?? '',
          staffId,
          outcome: 'BAD_CREDENTIALS',
          sourceAddress: '192.0.2.41',
        }),
      );
    }
  }
  await manager.insert(CredentialEntity, credential);
  await manager.insert(PasswordHistoryEntity, PasswordHistoryEntity.record(staffId, hash, changedAt));
}

function requireId(map: ReadonlyMap<string, string>, key: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`demo data refers to unknown ${key}`);
  return id;
}

function requireHash(map: ReadonlyMap<string, string>, key: string): string {
  return requireId(map, key);
}

function staffIdWithRole(staffId: ReadonlyMap<string, string>, role: Role): string {
  const member = DEMO_STAFF.find((m) => m.roles.some((r) => r.role === role && r.until === undefined));
  if (!member) throw new Error(`the demo has nobody in ${role}`);
  return requireId(staffId, member.employeeNumber);
}
