import { DEMO_STAFF, StaffEntity } from '@juki/domain';
import { jstDate, ROLE_DESCRIPTIONS } from '@juki/policies';
import type { DataSource } from 'typeorm';
import type { SeedDemoMode } from '../app/app-config';
import type { Logger } from '../app/logger';
import type { DatabaseKind } from '../database/database-config';
import type { IdentityRuntime } from '../identity/identity-runtime';
import { demoAccounts, seedDemoData, type DemoAccount, type DemoSeed } from './seed-demo';

export interface SeedDemoOnStart {
  readonly dataSource: DataSource;
  readonly identity: IdentityRuntime;
  readonly mode: SeedDemoMode;
  readonly databaseKind: DatabaseKind;
  readonly logger: Logger;
  /** Where the credentials go: stdout for a person starting the demo — never the log. */
  readonly print: (text: string) => void;
}

/** Whether this start may seed: `always` (SEED_DEMO=1), or `auto` on the embedded SQLite database only. */
export function seedAllowed(mode: SeedDemoMode, databaseKind: DatabaseKind): boolean {
  return mode === 'always' || (mode === 'auto' && databaseKind === 'sqlite');
}

/**
 * At start-up: seeds the demo data when allowed and the database is empty, and prints the demo
 * credentials (card number + password per account). On later starts of a demo database the credentials
 * are printed again as seeded (passwords changed since are not known, and API tokens were shown once).
 * The log records only that the demo was seeded, never a credential.
 */
export async function seedDemoOnStart(setup: SeedDemoOnStart): Promise<void> {
  if (!seedAllowed(setup.mode, setup.databaseKind)) return;
  const now = setup.identity.clock();
  const profile = setup.identity.environment.profileAt(now);
  const seeded = await seedDemoData(setup.dataSource, now, profile);
  if (seeded) {
    setup.logger.info('demo.seeded', { staff: seeded.accounts.length, apiClients: seeded.apiClients.length });
    setup.print(renderDemoCredentials(seeded, true));
    return;
  }
  const first = DEMO_STAFF[0];
  const isDemo = first ? (await setup.dataSource.manager.count(StaffEntity, { where: { employeeNumber: first.employeeNumber } })) > 0 : false;
  if (isDemo) setup.print(renderDemoCredentials({ accounts: demoAccounts(profile, jstDate(now)), apiClients: [] }, false));
}

/** The credentials as a plain table for a terminal. */
export function renderDemoCredentials(seed: DemoSeed, fresh: boolean): string {
  const lines = [
    '',
    '== juki-sec DEMO credentials (fictional staff; demo data only — never use these passwords for real data) ==',
    fresh ? '   seeded now' : '   as seeded (a password changed since is not shown)',
    '',
    ...seed.accounts.map(line),
  ];
  if (seed.apiClients.length > 0) {
    lines.push('', '   API clients of the ward systems (Authorization: Bearer <token>; shown this once, stored hashed):');
    for (const client of seed.apiClients) lines.push(`   ${client.name}  [${client.scopes.join(' ')}]  ${client.token}`);
  }
  lines.push('', '   Sign in: mutation { signIn(idCardNumber: "<card>", password: "<password>") { passwordChangeRequired } }', '');
  return lines.join('\n') + '\n';
}

function line(account: DemoAccount): string {
  const roles = account.roles.map((r) => ROLE_DESCRIPTIONS[r].label.ja).join('・') || '（役割なし）';
  const status = account.canSignIn ? '' : '  [サインイン不可]';
  const note = account.note ? `  — ${account.note}` : '';
  return `   ${account.cardNumber}  ${account.password.padEnd(36)}  ${account.name}（${account.title}） ${roles}${status}${note}`;
}
