import { randomBytes, randomUUID } from 'node:crypto';
import {
  CredentialEntity,
  hashPassword,
  OperatorIdCardEntity,
  OrganisationUnitEntity,
  PasswordHistoryEntity,
  RoleAssignmentEntity,
  StaffEntity,
} from '@juki/domain';
import type { OperatorIdCardStatus, Role } from '@juki/policies';
import type { DataSource } from 'typeorm';
import { withTransaction } from '../../database/with-transaction';

/** A strong password that passes 第21条第2項 for any fixture person (no names, dates or runs in it). */
export function strongPassword(): string {
  const words = ['harbor', 'velvet', 'glacier', 'orchard', 'saffron', 'kestrel', 'obsidian', 'bramble', 'lagoon', 'umibe', 'kogarashi', 'thistle'];
  const bytes = randomBytes(4);
  const pick = (i: number) => words[(bytes[i] as number) % words.length] as string;
  return `${pick(0)}-${pick(1)} mugwort ${pick(2)}-${pick(3)} ${randomBytes(3).toString('hex')}`;
}

export interface FixturePerson {
  readonly staffId: string;
  readonly sectionId: string;
  readonly cardId: string;
  readonly cardNumber: string;
  readonly password: string;
  readonly employeeNumber: string;
  readonly name: string;
}

export interface PersonOptions {
  readonly roles?: readonly { readonly role: Exclude<Role, 'INTEGRATION'>; readonly sectionId?: string }[];
  readonly cardStatus?: OperatorIdCardStatus;
  readonly passwordChangedAt?: Date;
  readonly mustChange?: boolean;
  readonly employment?: 'ACTIVE' | 'RETIRED';
  readonly sectionId?: string;
}

let counter = 0;

/** Unique in this run (card numbers and codes are unique columns; the MariaDB database outlives a suite). */
export function uniqueSuffix(): string {
  counter += 1;
  return `${randomBytes(3).toString('hex')}${counter}`;
}

/** A section (課) that uses Juki-Net, with a unique code. */
export async function createSection(dataSource: DataSource, name = '試験区市民総合窓口課'): Promise<string> {
  const ward = Object.assign(new OrganisationUnitEntity(), {
    id: randomUUID(),
    code: `it-ward-${uniqueSuffix()}`,
    name: '試験区役所',
    nameEn: 'Test Ward Office',
    kind: 'WARD_OFFICE',
    parentId: null,
    usesJukiNet: false,
    version: 1,
  });
  const section = Object.assign(new OrganisationUnitEntity(), {
    id: randomUUID(),
    code: `it-section-${uniqueSuffix()}`,
    name,
    nameEn: 'Test Citizens’ Counter Section',
    kind: 'WARD_SECTION',
    parentId: ward.id,
    usesJukiNet: true,
    version: 1,
  });
  await withTransaction(dataSource, async (manager) => {
    await manager.insert(OrganisationUnitEntity, ward);
    await manager.insert(OrganisationUnitEntity, section);
  });
  return section.id;
}

/**
 * A member of staff with one operator ID card, a password (argon2id) and roles — written directly, as the
 * system officer's ledgers would. The names are fictional and kept out of the password.
 */
export async function createPerson(dataSource: DataSource, now: Date, options: PersonOptions = {}): Promise<FixturePerson> {
  const sectionId = options.sectionId ?? (await createSection(dataSource));
  const password = strongPassword();
  const hash = await hashPassword(password);
  const suffix = uniqueSuffix();
  const staff = StaffEntity.create({
    employeeNumber: `IT${suffix}`.slice(0, 32),
    name: '試験 花子',
    nameKana: 'しけん はなこ',
    nameRomaji: 'shiken hanako',
    sectionId,
    title: '主事',
    birthDate: '1990-04-01',
    ...(options.employment === 'RETIRED' ? { employmentStatus: 'RETIRED' as const, employmentStatusSince: '2025-03-31' } : {}),
  });
  const card = OperatorIdCardEntity.issue({ cardNumber: `T-${suffix}`.slice(0, 32), holderId: staff.id, issuedAt: now, active: true });
  card.status = options.cardStatus ?? 'ACTIVE';
  const changedAt = options.passwordChangedAt ?? now;
  await withTransaction(dataSource, async (manager) => {
    await manager.insert(StaffEntity, staff);
    await manager.insert(OperatorIdCardEntity, card);
    await manager.insert(CredentialEntity, CredentialEntity.create({ staffId: staff.id, passwordHash: hash, changedAt, mustChange: options.mustChange ?? false }));
    await manager.insert(PasswordHistoryEntity, PasswordHistoryEntity.record(staff.id, hash, changedAt));
    for (const grant of options.roles ?? [{ role: 'HANDLER' as const, sectionId }]) {
      await manager.insert(
        RoleAssignmentEntity,
        RoleAssignmentEntity.create({ staffId: staff.id, role: grant.role, sectionId: grant.sectionId ?? null, effectiveFrom: '2000-04-01' }),
      );
    }
  });
  return { staffId: staff.id, sectionId, cardId: card.id, cardNumber: card.cardNumber, password, employeeNumber: staff.employeeNumber, name: staff.name };
}
