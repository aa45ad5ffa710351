import { createHash } from 'node:crypto';
import { ApiClientEntity, AuditEventEntity } from '@juki/domain';
import { toGlobalId } from '../graphql/relay/global-id';
import { errorOf, gql } from '../identity/testing/identity-client';
import { createPerson, createSection } from '../identity/testing/identity-fixtures';
import { closeIdentityApi, MINUTE, signInAs, startIdentityApi, TestClock } from '../identity/testing/identity-suite';
import type { TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';

const CREATE = `mutation Create($name: String!, $section: ID!, $scopes: [String!]!) {
  createApiClient(name: $name, sectionId: $section, scopes: $scopes) {
    id token apiClient { id name scopes createdAt revokedAt lastUsedAt section { id name } createdBy { id } }
  }
}`;
const REVOKE = `mutation Revoke($id: ID!) { revokeApiClient(id: $id) { id revokedAt } }`;
const NODE = `query Node($id: ID!) { node(id: $id) { id ... on ApiClient { name scopes lastUsedAt revokedAt } } }`;
const UNITS = `{ organisationUnits(first: 1) { totalCount } }`;

describe.each(TEST_DATABASES)('API clients of ward systems on $name (第19条の2第1項)', (database) => {
  const config = database.config();
  const clock = new TestClock(new Date('2026-06-06T10:00:00+09:00'));
  let api: TestApi;

  beforeAll(async () => {
    api = await startIdentityApi(config, clock);
  });
  afterAll(async () => {
    await closeIdentityApi(api, config);
  });

  it('is created by the system officer with the token shown once (stored hashed), used as Bearer, its last use recorded, then revoked', async () => {
    const officer = await createPerson(api.dataSource, clock.now(), { roles: [{ role: 'SYSTEM_OFFICER' }] });
    const { token: session } = await signInAs(api, officer);
    const section = await createSection(api.dataSource);
    const created = await gql(
      api.graphqlUrl,
      CREATE,
      { name: '試験区住民記録システム連携', section: toGlobalId('OrganisationUnit', section), scopes: ['organisation:read', 'forms:write'] },
      { cookie: session },
    );
    expect(created.body.errors).toBeUndefined();
    const result = created.body.data?.['createApiClient'] as { id: string; token: string; apiClient: Record<string, unknown> };
    expect(result.token).toMatch(/^jsa_[A-Za-z0-9_-]{43}$/);
    expect(result.apiClient).toMatchObject({
      id: result.id,
      name: '試験区住民記録システム連携',
      scopes: ['forms:write', 'organisation:read'],
      revokedAt: null,
      lastUsedAt: null,
      section: { id: toGlobalId('OrganisationUnit', section), name: '試験区市民総合窓口課' },
      createdBy: { id: toGlobalId('Staff', officer.staffId) },
    });

    // Stored as its SHA-256 only; nothing else in the row is the token.
    const row = await api.dataSource.getRepository(ApiClientEntity).findOneByOrFail({ name: '試験区住民記録システム連携', createdById: officer.staffId });
    expect(row.tokenHash).toBe(createHash('sha256').update(result.token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(result.token);
    // Shown once: reading the client again has no field that could carry it.
    const node = await gql(api.graphqlUrl, NODE, { id: result.id }, { cookie: session });
    expect(node.text).not.toContain(result.token.slice(4));
    expect((await gql(api.graphqlUrl, `query($id: ID!) { node(id: $id) { ... on ApiClient { token } } }`, { id: result.id }, { cookie: session })).status).toBe(400);

    clock.advance(5 * MINUTE);
    const used = await gql(api.graphqlUrl, UNITS, {}, { bearer: result.token });
    expect(used.body.errors).toBeUndefined();
    expect((await api.dataSource.getRepository(ApiClientEntity).findOneByOrFail({ id: row.id })).lastUsedAt?.getTime()).toBe(clock.now().getTime());
    // Written at most once a minute.
    clock.advance(30_000);
    await gql(api.graphqlUrl, UNITS, {}, { bearer: result.token });
    expect((await api.dataSource.getRepository(ApiClientEntity).findOneByOrFail({ id: row.id })).lastUsedAt?.getTime()).toBe(clock.now().getTime() - 30_000);
    // A ward system's token is a header credential, not a cookie.
    expect(errorOf(await gql(api.graphqlUrl, UNITS, {}, { cookie: result.token }))?.code).toBe('UNAUTHENTICATED');

    const revoked = await gql(api.graphqlUrl, REVOKE, { id: result.id }, { cookie: session });
    expect(revoked.body.data?.['revokeApiClient']).toEqual({ id: result.id, revokedAt: clock.now().toISOString() });
    expect(errorOf(await gql(api.graphqlUrl, UNITS, {}, { bearer: result.token }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'PERMISSIONS.SIGN_IN_REQUIRED' });
    // Revoking again changes nothing.
    clock.advance(MINUTE);
    const twice = await gql(api.graphqlUrl, REVOKE, { id: result.id }, { cookie: session });
    expect(twice.body.data?.['revokeApiClient']).toEqual(revoked.body.data?.['revokeApiClient']);

    const audit = await api.dataSource.getRepository(AuditEventEntity).find({ where: { actorStaffId: officer.staffId } });
    const operations = audit.map((a) => `${a.operation}:${a.outcome}`);
    expect(operations).toEqual(expect.arrayContaining(['Mutation.createApiClient:SUCCESS', 'Mutation.revokeApiClient:SUCCESS']));
    expect(JSON.stringify(audit)).not.toContain(result.token);
  });

  it('refuses scopes the matrix does not grant ward systems, an unknown section, a blank name, and callers other than the system officer', async () => {
    const officer = await createPerson(api.dataSource, clock.now(), { roles: [{ role: 'SYSTEM_OFFICER' }] });
    const handler = await createPerson(api.dataSource, clock.now());
    const { token: session } = await signInAs(api, officer);
    const section = toGlobalId('OrganisationUnit', await createSection(api.dataSource));
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'x', section, scopes: ['forms:admin'] }, 'API_CLIENTS.UNKNOWN_SCOPE'],
      [{ name: 'x', section, scopes: [] }, 'API_CLIENTS.NO_SCOPE'],
      [{ name: 'x', section: toGlobalId('OrganisationUnit', '00000000-0000-4000-8000-000000000000'), scopes: ['forms:read'] }, 'API_CLIENTS.SECTION_INVALID'],
      [{ name: '   ', section, scopes: ['forms:read'] }, 'API_CLIENTS.NAME_INVALID'],
    ];
    for (const [variables, reason] of cases) {
      const refused = await gql(api.graphqlUrl, CREATE, variables, { cookie: session });
      expect(errorOf(refused)).toEqual({ code: 'BAD_USER_INPUT', reason });
    }
    const { token: handlerSession } = await signInAs(api, handler);
    const forbidden = await gql(api.graphqlUrl, CREATE, { name: 'x', section, scopes: ['forms:read'] }, { cookie: handlerSession });
    expect(errorOf(forbidden)?.code).toBe('FORBIDDEN');
    const missing = await gql(api.graphqlUrl, REVOKE, { id: toGlobalId('ApiClient', '00000000-0000-4000-8000-000000000000') }, { cookie: session });
    expect(errorOf(missing)).toEqual({ code: 'NOT_FOUND', reason: 'API_CLIENTS.NOT_FOUND' });
  });
});
