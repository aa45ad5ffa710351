import {
  CredentialEntity,
  DEMO_ORGANISATION,
  DEMO_STAFF,
  OperatorIdCardEntity,
  OrganisationTree,
  OrganisationUnitEntity,
  RoleAssignmentEntity,
  StaffEntity,
} from '@juki/domain';
import { DEFAULT_PROFILE, jstDate, OPERATOR_ID_CARD_STATUSES } from '@juki/policies';
import { errorOf, gql, SIGN_IN, sessionCookieOf } from '../identity/testing/identity-client';
import { emptyDatabase, uniqueAddress } from '../identity/testing/identity-suite';
import { startTestApi, type TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';
import { demoAccounts } from './seed-demo';

const accounts = demoAccounts(DEFAULT_PROFILE, jstDate(new Date()));
const account = (title: string) => {
  const found = accounts.find((a) => a.title === title);
  if (!found) throw new Error(`no demo account ${title}`);
  return found;
};

describe.each(TEST_DATABASES)('the demo seed on $name', (database) => {
  const config = database.config();
  let api: TestApi | undefined;

  // An empty database: the seed never touches one that holds data. Left empty for the next suite.
  beforeAll(() => emptyDatabase(config));
  afterAll(() => emptyDatabase(config));
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  it(`seeds only when allowed: ${database.name === 'sqlite' ? 'by default on the embedded database' : 'on MariaDB only with SEED_DEMO=1'}`, async () => {
    api = await startTestApi(config, { seedDemo: 'auto' });
    const staff = await api.dataSource.getRepository(StaffEntity).count();
    expect(staff).toBe(database.name === 'sqlite' ? DEMO_STAFF.length : 0);
    if (database.name === 'mariadb') {
      await api.close();
      api = await startTestApi(config, { seedDemo: 'always' });
      expect(await api.dataSource.getRepository(StaffEntity).count()).toBe(DEMO_STAFF.length);
    }
    // The organisation of 第2条第2項, valid.
    const units = await api.dataSource.getRepository(OrganisationUnitEntity).find();
    expect(units.map((u) => u.code).sort()).toEqual(DEMO_ORGANISATION.map((u) => u.code).sort());
    const codeOf = new Map(units.map((u) => [u.id, u.code]));
    expect(() => OrganisationTree.create(units.map((u) => u.toData(u.parentId ? (codeOf.get(u.parentId) ?? null) : null)))).not.toThrow();
    // Calendar dates round-trip unshifted whatever the process's time zone (date columns, UTC).
    const administrator = await api.dataSource.getRepository(StaffEntity).findOneByOrFail({ employeeNumber: '1950011' });
    expect(administrator.birthDate).toBe('1965-05-14');
    const retired = await api.dataSource.getRepository(StaffEntity).findOneByOrFail({ employeeNumber: '1940011' });
    expect(retired).toMatchObject({ employmentStatus: 'RETIRED', employmentStatusSince: '2025-03-31' });
    const grants = await api.dataSource.getRepository(RoleAssignmentEntity).find({ where: { staffId: retired.id } });
    expect(grants.map((g) => [g.role, g.effectiveFrom, g.effectiveTo])).toEqual([['HANDLER', '2020-04-01', '2025-03-31']]);
    // Cards in every state of 第20条, one locked account, one expired password.
    const statuses = new Set((await api.dataSource.getRepository(OperatorIdCardEntity).find()).map((c) => c.status));
    expect([...statuses].sort()).toEqual([...OPERATOR_ID_CARD_STATUSES].sort());
    const credentials = await api.dataSource.getRepository(CredentialEntity).find();
    expect(credentials.filter((c) => c.lockedAt !== null)).toHaveLength(1);
    // The credentials are printed (stdout) and never logged.
    const printed = api.printed.join('');
    expect(printed).toContain(account('区政課長').cardNumber);
    expect(printed).toContain(account('区政課長').password);
    expect(printed).toMatch(/jsa_[A-Za-z0-9_-]{43}/);
    const logs = JSON.stringify(api.logs);
    expect(logs).toContain('demo.seeded');
    for (const a of accounts) expect(logs).not.toContain(a.password);
  });

  it('lets the person in every role sign in with the printed credentials; the locked and the expired accounts behave as such', async () => {
    api = await startTestApi(config, { seedDemo: 'always', trustProxy: 'loopback' });
    // Not seeded twice; the credentials are printed again as seeded, without API tokens.
    expect(await api.dataSource.getRepository(StaffEntity).count()).toBe(DEMO_STAFF.length);
    expect(api.printed.join('')).toContain('as seeded');
    expect(api.printed.join('')).not.toMatch(/jsa_/);

    const signIn = (a: { cardNumber: string; password: string }) =>
      gql(api?.graphqlUrl as string, SIGN_IN, { card: a.cardNumber, password: a.password }, { forwardedFor: uniqueAddress() });
    const roles: [string, string][] = [
      ['市民局長', 'SYSTEM_ADMINISTRATOR'],
      ['市民部長', 'DEPUTY_ADMINISTRATOR'],
      ['区政課長', 'SYSTEM_OFFICER'],
      ['中央区市民総合窓口課長', 'SECURITY_OFFICER'],
      ['情報システム課長', 'IT_DIVISION_HEAD'],
      ['主査（監査担当）', 'AUDITOR'],
      ['主任', 'HANDLER'],
    ];
    for (const [title, role] of roles) {
      const response = await signIn(account(title));
      expect(response.body.errors).toBeUndefined();
      expect((response.body.data?.['signIn'] as { roles: string[] }).roles).toContain(role);
      expect(sessionCookieOf(response)).toBeDefined();
    }
    const locked = accounts.find((a) => a.note?.includes('ロック')) as (typeof accounts)[number];
    expect(errorOf(await signIn(locked))?.reason).toBe('OPERATORS.SIGN_IN_FAILED');
    const expired = accounts.find((a) => a.note?.includes('期限切れ')) as (typeof accounts)[number];
    expect((await signIn(expired)).body.data?.['signIn']).toMatchObject({ passwordChangeRequired: true });
    const stolen = accounts.find((a) => a.note?.includes('盗難')) as (typeof accounts)[number];
    expect(errorOf(await signIn(stolen))?.reason).toBe('OPERATORS.SIGN_IN_FAILED');
  });
});
