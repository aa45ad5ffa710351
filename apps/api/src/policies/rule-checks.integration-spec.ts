import { postGraphql, startTestApi, type TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';

const PASSWORD = `query Check($password: String!, $context: PasswordContextInput) {
  checkPasswordStrength(password: $password, context: $context) { ok score violations { ruleId code article message { ja en } } }
}`;
const PIN = `query Pin($pin: String!, $birthDate: Date!) {
  checkPin(pin: $pin, birthDate: $birthDate) { allowed reasons violations { code article message { ja en } } }
}`;

describe.each(TEST_DATABASES)('password and PIN checks over HTTP on $name', (database) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(database.config());
  });
  afterAll(async () => {
    await api.close();
  });

  it('accepts a strong passphrase and names every problem of a weak one (第21条第2項)', async () => {
    const strong = await postGraphql(api.graphqlUrl, PASSWORD, { password: 'みかん畑の夕焼けと7匹の猫 tundra-velvet' });
    expect(strong.body.errors).toBeUndefined();
    expect(strong.body.data?.['checkPasswordStrength']).toMatchObject({ ok: true, violations: [] });

    const weak = await postGraphql(api.graphqlUrl, PASSWORD, {
      password: 'tanaka19850612',
      context: { userId: 'tanaka', names: ['田中', 'たなか', 'tanaka'], birthDate: '1985-06-12' },
    });
    const verdict = weak.body.data?.['checkPasswordStrength'] as { ok: boolean; violations: { code: string; article: string }[] };
    expect(verdict.ok).toBe(false);
    const codes = verdict.violations.map((v) => v.code);
    expect(codes).toEqual(expect.arrayContaining(['PASSWORDS.CONTAINS_USER_ID', 'PASSWORDS.CONTAINS_BIRTH_DATE']));
    expect(verdict.violations.every((v) => v.article.startsWith('第21条'))).toBe(true);
    expect(weak.text).not.toContain('19850612');
  });

  it('rejects a PIN derived from the birth date and never echoes, logs or stores it (第10条の4第1号)', async () => {
    const { body, text } = await postGraphql(api.graphqlUrl, PIN, { pin: '0612', birthDate: '1985-06-12' });
    expect(body.data?.['checkPin']).toMatchObject({ allowed: false, reasons: expect.arrayContaining(['BIRTH_DATE']) });
    expect(text).not.toContain('0612');
    expect(JSON.stringify(api.logs)).not.toContain('0612');
    const ok = await postGraphql(api.graphqlUrl, PIN, { pin: '5830', birthDate: '1985-06-12' });
    expect(ok.body.data?.['checkPin']).toEqual({ allowed: true, reasons: [], violations: [] });
  });

  it('refuses an impossible birth date with BAD_USER_INPUT', async () => {
    const { body } = await postGraphql(api.graphqlUrl, PIN, { pin: '5830', birthDate: '1985-02-30' });
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe.each(TEST_DATABASES)('a PIN sent with the wrong type on $name', (database) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(database.config());
  });
  afterAll(async () => {
    await api.close();
  });

  it('is refused as BAD_USER_INPUT without echoing the value', async () => {
    const { body, text } = await postGraphql(api.graphqlUrl, PIN, { pin: 4821, birthDate: '1985-06-12' });
    expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(text).not.toContain('4821');
  });
});
