import * as fs from 'node:fs';
import { AuditEventEntity } from '@juki/domain';
import { checkPin, checkPinGuidanceAcknowledgement } from '@juki/policies';
import type { DataSource } from 'typeorm';
import { toGlobalId } from '../graphql/relay/global-id';
import { gql, type IdentityResponse } from '../identity/testing/identity-client';
import { createPerson, createSection } from '../identity/testing/identity-fixtures';
import { closeIdentityApi, signInAs, startIdentityApi, TestClock } from '../identity/testing/identity-suite';
import type { TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';

const BIRTH_DATE = '1985-06-12';
const CHECK = `query Pin($pin: String!, $birthDate: Date!) {
  checkPin(pin: $pin, birthDate: $birthDate) { allowed reasons violations { code article message { ja en } } }
}`;
const CHECK_ANY = `query Pin($pin: Int!) { checkPin(pin: $pin, birthDate: "${BIRTH_DATE}") { allowed } }`;
const RECORD = `mutation Record($section: ID!, $serial: String!) {
  recordPinGuidance(sectionId: $section, cardSerial: $serial, applicantEnteredPin: true, applicantInsertedCard: true) { id cardSerial }
}`;

/** Four-digit PINs the rule allows for BIRTH_DATE, one it refuses (YYMM of the birth date). */
const ALLOWED = ['5830', '2749', '6184'];
const REFUSED = '8506';
/** Malformed PINs that could not occur anywhere by chance (absolute search: not one byte of them anywhere). */
const LONG = '80417395268413579024';
const TOO_LONG = `6${'0293847561'.repeat(4)}`;
const FULL_WIDTH = '８０３７';
const MIXED = '50a9x7q2z8w';
const AS_NUMBER = 739182645;
const DISTINCTIVE = [LONG, TOO_LONG, FULL_WIDTH, MIXED, String(AS_NUMBER)];
const FOUR_DIGITS = [...ALLOWED, REFUSED];

/** Every cell of every table of the database, as text (MariaDB: the test database; SQLite: its file's tables). */
async function dumpCells(dataSource: DataSource): Promise<string[]> {
  const mysql = dataSource.options.type !== 'better-sqlite3';
  const tables = mysql
    ? ((await dataSource.query('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()')) as { name: string }[])
    : ((await dataSource.query("SELECT name FROM sqlite_master WHERE type = 'table'")) as { name: string }[]);
  expect(tables.length).toBeGreaterThan(10);
  const cells: string[] = [];
  for (const { name } of tables) {
    const quoted = mysql ? `\`${name.replace(/`/g, '``')}\`` : `"${name.replace(/"/g, '""')}"`;
    const rows = (await dataSource.query(`SELECT * FROM ${quoted}`)) as Record<string, unknown>[];
    for (const row of rows) {
      for (const value of Object.values(row)) {
        if (value === null || value === undefined) continue;
        cells.push(Buffer.isBuffer(value) ? value.toString('utf8') : value instanceof Date ? value.toISOString() : String(value));
      }
    }
  }
  return cells;
}

/** The SQLite files' raw bytes (database, WAL and shared memory): what is on disk, including free pages. */
function sqliteBytes(path: string): Buffer {
  return Buffer.concat([path, `${path}-wal`, `${path}-shm`].filter((p) => fs.existsSync(p)).map((p) => fs.readFileSync(p)));
}

function occurrences(haystack: Buffer, needle: string): number {
  const bytes = Buffer.from(needle, 'utf8');
  let count = 0;
  for (let at = haystack.indexOf(bytes); at >= 0; at = haystack.indexOf(bytes, at + 1)) count += 1;
  return count;
}

/** A four-digit PIN as a value of its own (a cell, a JSON string or number, a log field), not inside an id or a hash. */
function asToken(pin: string): RegExp {
  return new RegExp(`(?<![0-9A-Za-z-])${pin}(?![0-9A-Za-z-])`);
}

describe.each(TEST_DATABASES)('the PIN is never stored, logged, audited or echoed on $name (第10条の4第1号)', (database) => {
  const config = database.config();
  const clock = new TestClock(new Date('2026-06-09T10:00:00+09:00'));
  let api: TestApi;

  beforeAll(async () => {
    api = await startIdentityApi(config, clock);
  });
  afterAll(async () => {
    await closeIdentityApi(api, config);
  });

  it('answers allowed or the reasons, then nothing of any PIN is in the database files, the logs or the audit trail', async () => {
    // The rule agrees with the choice of test PINs.
    for (const pin of ALLOWED) expect(checkPin(pin, BIRTH_DATE).allowed).toBe(true);
    expect(checkPin(REFUSED, BIRTH_DATE).reasons).toContain('BIRTH_DATE');

    // Some history first, so that the searched audit trail and logs are not empty.
    const section = await createSection(api.dataSource);
    const officer = await createPerson(api.dataSource, clock.now(), { sectionId: section, roles: [{ role: 'SECURITY_OFFICER', sectionId: section }] });
    const session = await signInAs(api, officer);
    const recorded = await gql(api.graphqlUrl, RECORD, { section: toGlobalId('OrganisationUnit', section), serial: 'SEC-PIN-0001' }, { cookie: session.token });
    expect(recorded.body.errors).toBeUndefined();
    expect(checkPinGuidanceAcknowledgement({ applicantEnteredPin: true, applicantInsertedCard: true }).ok).toBe(true);
    const bytesBefore = config.kind === 'sqlite' ? sqliteBytes(config.path) : Buffer.alloc(0);

    const responses: IdentityResponse[] = [];
    const call = async (query: string, variables: Record<string, unknown>, signedIn: boolean): Promise<IdentityResponse> => {
      const response = await gql(api.graphqlUrl, query, variables, signedIn ? { cookie: session.token } : {});
      responses.push(response);
      return response;
    };
    for (const signedIn of [false, true]) {
      for (const pin of ALLOWED) {
        expect((await call(CHECK, { pin, birthDate: BIRTH_DATE }, signedIn)).body.data?.['checkPin']).toEqual({ allowed: true, reasons: [], violations: [] });
      }
      const refused = (await call(CHECK, { pin: REFUSED, birthDate: BIRTH_DATE }, signedIn)).body.data?.['checkPin'] as { allowed: boolean; reasons: string[]; violations: { code: string; article: string }[] };
      expect(refused.allowed).toBe(false);
      expect(refused.reasons).toContain('BIRTH_DATE');
      expect(refused.violations).toContainEqual(expect.objectContaining({ code: 'CARDS.PIN_BIRTH_DATE', article: '第10条の4第1号' }));
      expect((await call(CHECK, { pin: LONG, birthDate: BIRTH_DATE }, signedIn)).body.data?.['checkPin']).toMatchObject({ allowed: false, reasons: ['NOT_FOUR_DIGITS'] });
      expect((await call(CHECK, { pin: MIXED, birthDate: BIRTH_DATE }, signedIn)).body.data?.['checkPin']).toMatchObject({ allowed: false, reasons: ['NOT_FOUR_DIGITS'] });
      const fullWidth = (await call(CHECK, { pin: FULL_WIDTH, birthDate: BIRTH_DATE }, signedIn)).body.data?.['checkPin'] as { reasons: string[] };
      expect(fullWidth.reasons).toContain('FULL_WIDTH_DIGITS');
      // Refused before the rule runs: too long, a number instead of a string (variable and literal), the PIN in the wrong place.
      const tooLong = await call(CHECK, { pin: TOO_LONG, birthDate: BIRTH_DATE }, signedIn);
      expect(tooLong.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.TOO_LONG' });
      const numberVariable = await call(CHECK, { pin: AS_NUMBER, birthDate: BIRTH_DATE }, signedIn);
      expect(numberVariable.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.WRONG_TYPE' });
      const numberLiteral = await call(`{ checkPin(pin: ${AS_NUMBER}, birthDate: "${BIRTH_DATE}") { allowed } }`, {}, signedIn);
      // A literal of the wrong type is refused by document validation (and never echoed either).
      expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(numberLiteral.body.errors?.[0]?.extensions?.['code']);
      expect(numberLiteral.body.data).toBeUndefined();
      const wrongVariableType = await call(CHECK_ANY, { pin: AS_NUMBER }, signedIn);
      expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(wrongVariableType.body.errors?.[0]?.extensions?.['code']);
      expect(wrongVariableType.body.data).toBeUndefined();
      const asBirthDate = await call(CHECK, { pin: '5830', birthDate: LONG }, signedIn);
      expect(asBirthDate.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      const literal = await call(`{ checkPin(pin: "${MIXED}", birthDate: "${BIRTH_DATE}") { allowed reasons } }`, {}, signedIn);
      expect(literal.body.data?.['checkPin']).toEqual({ allowed: false, reasons: ['NOT_FOUR_DIGITS'] });
    }

    // Echoed: no response (data or error) carries any PIN it was given.
    for (const response of responses) {
      for (const pin of [...DISTINCTIVE, ...FOUR_DIGITS]) expect(response.text).not.toContain(pin);
    }

    // Logged: not in any log line or anything printed.
    const logs = JSON.stringify(api.logs) + api.printed.join('');
    expect(logs).toContain('database.ready'); // the search would see a logged value
    for (const pin of DISTINCTIVE) expect(logs).not.toContain(pin);
    for (const pin of FOUR_DIGITS) expect(logs).not.toMatch(asToken(pin));

    // Audited: not in any field of any audit event (the trail is not empty: the guidance record is there).
    const events = await api.dataSource.getRepository(AuditEventEntity).find();
    expect(events.some((e) => e.operation === 'Mutation.recordPinGuidance')).toBe(true);
    const trail = JSON.stringify(events);
    for (const pin of DISTINCTIVE) expect(trail).not.toContain(pin);
    for (const pin of FOUR_DIGITS) expect(trail).not.toMatch(asToken(pin));

    // Stored: not in any cell of any table.
    const cells = await dumpCells(api.dataSource);
    expect(cells).toContain('SEC-PIN-0001'); // the dump does reach stored values
    for (const pin of DISTINCTIVE) expect(cells.filter((cell) => cell.includes(pin))).toEqual([]);
    for (const pin of FOUR_DIGITS) expect(cells.filter((cell) => asToken(pin).test(cell))).toEqual([]);

    // On disk (SQLite): not one byte sequence of a distinctive PIN, and no new occurrence of a 4-digit one
    // (four digits may occur by chance inside ids and hashes; calling checkPin must not add any).
    if (config.kind === 'sqlite') {
      const bytesAfter = sqliteBytes(config.path);
      expect(occurrences(bytesAfter, 'SEC-PIN-0001')).toBeGreaterThan(0); // the files do hold what was stored
      for (const pin of DISTINCTIVE) expect(occurrences(bytesAfter, pin)).toBe(0);
      for (const pin of FOUR_DIGITS) expect(occurrences(bytesAfter, pin)).toBe(occurrences(bytesBefore, pin));
    }
  });
});
