import { CHIBA_PROFILE_HISTORY, jstDate, RULE_CATALOGUE } from '@juki/policies';
import { postGraphql, startTestApi, type TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';

const PROFILE = 'query Profile($asOf: Date) { policyProfile(asOf: $asOf) { id effectiveFrom title { ja en } basis } }';

describe.each(TEST_DATABASES)('policies over HTTP on $name', (database) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(database.config());
  });
  afterAll(async () => {
    await api.close();
  });

  it('lists the rule catalogue of @juki/policies, in its order, field by field', async () => {
    const { status, body } = await postGraphql(
      api.graphqlUrl,
      '{ ruleCatalogue { id article articleHeading title { ja en } description { ja en } parameters codes } }',
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const rules = body.data?.['ruleCatalogue'] as { id: string; article: string; title: unknown; parameters: unknown; codes: unknown }[];
    expect(rules.map((r) => r.id)).toEqual(RULE_CATALOGUE.map((r) => r.id));
    rules.forEach((rule, i) => {
      const source = RULE_CATALOGUE[i];
      expect(rule).toMatchObject({ article: source?.article, title: source?.title, parameters: source?.parameters, codes: source?.codes });
    });
  });

  it.each([
    ['2002-08-05', '2002-08-05'],
    ['2003-08-24', undefined],
    ['2007-04-01', '2007-04-01'],
    ['2030-12-31', undefined],
  ])('returns the profile in force on %s', async (asOf, exactStart) => {
    const expected = CHIBA_PROFILE_HISTORY.inForceOn(asOf);
    const { status, body } = await postGraphql(api.graphqlUrl, PROFILE, { asOf });
    expect(status).toBe(200);
    expect(body.data?.['policyProfile']).toEqual({
      id: expected?.id,
      effectiveFrom: expected?.effectiveFrom,
      title: expected?.title,
      basis: expected?.basis,
    });
    if (exactStart) expect(expected?.effectiveFrom).toBe(exactStart);
  });

  it('returns null before the guidelines took effect', async () => {
    const { body } = await postGraphql(api.graphqlUrl, PROFILE, { asOf: '2002-08-04' });
    expect(body).toEqual({ data: { policyProfile: null } });
  });

  it("defaults to today's date in Japan", async () => {
    const before = jstDate(new Date());
    const { body } = await postGraphql(api.graphqlUrl, PROFILE);
    const after = jstDate(new Date());
    const candidates = [CHIBA_PROFILE_HISTORY.inForceOn(before)?.id, CHIBA_PROFILE_HISTORY.inForceOn(after)?.id];
    expect(candidates).toContain((body.data?.['policyProfile'] as { id: string }).id);
  });

  it('takes the date as a literal too', async () => {
    const { body } = await postGraphql(api.graphqlUrl, '{ policyProfile(asOf: "2007-04-01") { effectiveFrom } }');
    expect(body).toEqual({ data: { policyProfile: { effectiveFrom: '2007-04-01' } } });
  });
});
