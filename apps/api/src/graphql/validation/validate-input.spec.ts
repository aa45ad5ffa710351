import fc from 'fast-check';
import { getNamedType, graphql, isEnumType, isInputObjectType, isNonNullType, isListType, type GraphQLArgument, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { INPUT_LIMITS } from '@juki/policies';
import { CreateApiClientArgs } from '../../api-clients/api-client.args';
import { AuditChainAnchorInput, VerifyAuditChainArgs } from '../../audit/audit-chain.args';
import { PlaceAuditLegalHoldArgs, PlaceAuditLegalHoldInput, ReleaseAuditLegalHoldArgs, ReleaseAuditLegalHoldInput } from '../../audit/audit-legal-hold.input';
import { PurgeAuditEventsArgs } from '../../audit/audit-purge.args';
import { ChangePasswordArgs, ReportOperatorIdCardLostArgs, SignInArgs, UnlockAccountArgs } from '../../identity/identity.args';
import { CheckPinArgs } from '../../policies/rule-checks.args';
import { PasswordContextInput } from '../../policies/rule-checks.types';
import { buildApiSchema } from '../build-api-schema';
import { toGlobalId } from '../relay/global-id';
import { classViolations, validateInput } from './validate-input';

const SECTION = toGlobalId('OrganisationUnit', '3f2504e0-4f89-41d3-9a0c-0305e82c3301');
const STAFF = toGlobalId('Staff', '6ba7b810-9dad-41d1-80b4-00c04fd430c8');

function make<T extends object>(type: new () => T, values: Partial<T>): T {
  return Object.assign(new type(), values);
}

const fieldsOf = async (value: object): Promise<string[]> => (await classViolations(value)).map((v) => `${v.field}:${v.code}`);

describe('the input classes’ constraints (第24条)', () => {
  it.each<[string, object, string[]]>([
    ['a well-formed sign-in', make(SignInArgs, { idCardNumber: 'CHB-0001', password: 'correct horse battery staple', returnToken: false }), []],
    ['an empty card number and password (an attempt: recorded in the logon history)', make(SignInArgs, { idCardNumber: ' ', password: '' }), []],
    ['a 110-character card number (recorded, cut to 64)', make(SignInArgs, { idCardNumber: 'A'.repeat(110), password: 'x' }), []],
    ['a 257-character card number', make(SignInArgs, { idCardNumber: 'A'.repeat(257), password: 'x' }), ['idCardNumber:INPUT.TOO_LONG']],
    ['a 1,025-character password', make(SignInArgs, { idCardNumber: 'CHB-0001', password: 'p'.repeat(1025) }), ['password:INPUT.TOO_LONG']],
    ['a huge new password', make(ChangePasswordArgs, { currentPassword: 'x', newPassword: 'p'.repeat(100_000) }), ['newPassword:INPUT.TOO_LONG']],
    ['an id that is not a global id', make(UnlockAccountArgs, { staffId: "'; DROP TABLE staff; --" }), ['staffId:INPUT.INVALID_ID']],
    ['a global id of any type (the domain answers NOT_FOUND)', make(ReportOperatorIdCardLostArgs, { cardId: STAFF, stolen: true }), []],
    ['a well-formed API client', make(CreateApiClientArgs, { name: '中央区住基連携', sectionId: SECTION, scopes: ['cards:write', 'organisation:read'] }), []],
    ['a well-shaped scope the matrix does not grant (the domain refuses it, audited)', make(CreateApiClientArgs, { name: 'n', sectionId: SECTION, scopes: ['forms:admin'] }), []],
    [
      'an API client with no name, a staff id as section and no scope',
      make(CreateApiClientArgs, { name: '', sectionId: STAFF, scopes: [] }),
      ['name:API_CLIENTS.NAME_INVALID', 'sectionId:API_CLIENTS.SECTION_INVALID', 'scopes:API_CLIENTS.NO_SCOPE'],
    ],
    ['duplicate scopes', make(CreateApiClientArgs, { name: 'n', sectionId: SECTION, scopes: ['cards:write', 'cards:write'] }), ['scopes:INPUT.DUPLICATE_ITEMS']],
    ['a malformed scope', make(CreateApiClientArgs, { name: 'n', sectionId: SECTION, scopes: ['<script>alert(1)</script>'] }), ['scopes:INPUT.INVALID_FORMAT']],
    ['a name with a line break', make(CreateApiClientArgs, { name: 'a\nb', sectionId: SECTION, scopes: ['cards:write'] }), ['name:API_CLIENTS.NAME_INVALID']],
    [
      'a legal hold with a bad reference, an empty reason, a date beyond 9999 and a bad record type',
      make(PlaceAuditLegalHoldArgs, {
        input: make(PlaceAuditLegalHoldInput, { caseReference: 'case 1', reason: '  ', coversFrom: new Date('+010000-01-01T00:00:00Z'), recordType: 'staff; --' }),
      }),
      ['input.caseReference:AUDIT.LEGAL_HOLD_REFERENCE_INVALID', 'input.reason:INPUT.REQUIRED', 'input.coversFrom:INPUT.DATE_OUT_OF_RANGE', 'input.recordType:INPUT.INVALID_FORMAT'],
    ],
    ['a well-formed legal hold', make(PlaceAuditLegalHoldArgs, { input: make(PlaceAuditLegalHoldInput, { caseReference: 'CASE-2026-1', reason: '監査のため\n保全', recordType: 'Staff' }) }), []],
    ['a release with version 0', make(ReleaseAuditLegalHoldArgs, { input: make(ReleaseAuditLegalHoldInput, { id: STAFF, version: 0 }) }), ['input.version:INPUT.OUT_OF_RANGE']],
    ['a purge of 0 events', make(PurgeAuditEventsArgs, { before: new Date('2010-01-01T00:00:00Z'), maxEvents: 0 }), ['maxEvents:AUDIT.PURGE_LIMIT_INVALID']],
    ['a purge of up to 10,001 events', make(PurgeAuditEventsArgs, { before: new Date('2010-01-01T00:00:00Z'), maxEvents: 10_001 }), ['maxEvents:AUDIT.PURGE_LIMIT_INVALID']],
    ['a purge without a limit', make(PurgeAuditEventsArgs, { before: new Date('2010-01-01T00:00:00Z'), maxEvents: null }), []],
    [
      'anchors: a fractional sequence and a short hash',
      make(VerifyAuditChainArgs, { anchors: [make(AuditChainAnchorInput, { sequence: 1.5, hash: 'a'.repeat(64) }), make(AuditChainAnchorInput, { sequence: 2, hash: 'abc' })] }),
      ['anchors[0].sequence:AUDIT.ANCHOR_INVALID', 'anchors[1].hash:AUDIT.ANCHOR_INVALID'],
    ],
    ['101 anchors', make(VerifyAuditChainArgs, { anchors: Array.from({ length: 101 }, (_, i) => make(AuditChainAnchorInput, { sequence: i + 1, hash: 'f'.repeat(64) })) }), ['anchors:AUDIT.ANCHOR_INVALID']],
    ['a PIN check of a date before 明治', make(CheckPinArgs, { pin: '1234', birthDate: '1800-01-01' }), ['birthDate:INPUT.DATE_OUT_OF_RANGE']],
    ['a password context with 11 names', make(PasswordContextInput, { names: Array.from({ length: 11 }, () => '千葉') }), ['names:INPUT.TOO_MANY_ITEMS']],
  ])('%s', async (_name, value, expected) => {
    expect(await fieldsOf(value)).toEqual(expected);
  });

  it('never carries the value entered: not in the violations, not in the error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 4, maxLength: 40 }).filter((s) => s.trim().length >= 4), fc.integer({ min: 1025, max: 3000 }), async (secret, length) => {
        const password = secret.repeat(Math.ceil(length / secret.length));
        const args = make(SignInArgs, { idCardNumber: secret.repeat(70), password });
        const error = await validateInput(args, SignInArgs, { args: { idCardNumber: args.idCardNumber, password }, context: {}, info: {} as never, root: undefined }).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).not.toBeNull();
        const text = JSON.stringify([(error as Error).message, (error as { extensions?: unknown }).extensions, (error as { details?: unknown }).details]);
        expect(text).not.toContain(secret);
      }),
      { numRuns: 50 },
    );
  });
});

/** A short value of the argument's GraphQL type (whether it is valid does not matter: only the huge leaf is looked at). */
function sample(type: GraphQLInputType): unknown {
  const named = getNamedType(type);
  if (isListType(isNonNullType(type) ? type.ofType : type)) return [sample(named)];
  if (isInputObjectType(named)) {
    return Object.fromEntries(Object.values(named.getFields()).map((field) => [field.name, sample(field.type)]));
  }
  if (named.name === 'String' || named.name === 'ID') return 'x';
  if (named.name === 'Int' || named.name === 'Float') return 1;
  if (named.name === 'Boolean') return false;
  if (named.name === 'DateTimeISO') return '2000-01-01T00:00:00Z';
  if (named.name === 'Date') return '2000-01-01';
  if (isEnumType(named)) return named.getValues()[0]?.name;
  throw new Error(`no sample for ${named.name}`);
}

function textLeaves(args: readonly GraphQLArgument[]): string[] {
  const out: string[] = [];
  const visit = (type: GraphQLInputType, path: string): void => {
    const named = getNamedType(type);
    if (isInputObjectType(named)) for (const field of Object.values(named.getFields())) visit(field.type, `${path}.${field.name}`);
    else if (named.name === 'String' || named.name === 'ID') out.push(path);
  };
  for (const arg of args) visit(arg.type, arg.name);
  return out;
}

describe('every text argument of every mutation has a bound of its own, below the safety net (schema-driven)', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildApiSchema();
  });

  it('a 10,000-character value in any String/ID argument is refused as BAD_USER_INPUT naming it, before the resolver runs', async () => {
    const mutation = schema.getMutationType();
    expect(mutation).toBeDefined();
    let checked = 0;
    for (const field of Object.values(mutation?.getFields() ?? {})) {
      for (const leaf of textLeaves(field.args)) {
        const variables = Object.fromEntries(field.args.map((arg) => [arg.name, sample(arg.type)]));
        // Only the leaf under test is huge.
        const keys = leaf.split('.');
        let target: Record<string, unknown> = variables;
        for (const key of keys.slice(0, -1)) {
          const next = target[key];
          // A list of input objects: the leaf of its (first) item.
          target = (Array.isArray(next) ? next[0] : next) as Record<string, unknown>;
        }
        const last = keys[keys.length - 1] as string;
        const huge = 'x'.repeat(INPUT_LIMITS.maxText);
        target[last] = Array.isArray(target[last]) ? [huge] : huge;
        const definitions = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
        const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
        const selection = /^(Boolean|Int|String|ID)!?$/.test(field.type.toString()) ? '' : ' { __typename }';
        const source = `mutation(${definitions}) { ${field.name}(${call})${selection} }`;
        const result = await graphql({ schema, source, variableValues: variables, contextValue: {} });
        const error = result.errors?.[0];
        expect({ leaf: `${field.name}(${leaf})`, code: error?.extensions['code'] }).toEqual({ leaf: `${field.name}(${leaf})`, code: 'BAD_USER_INPUT' });
        const fields = String((error?.extensions['params'] as Record<string, unknown> | undefined)?.['fields'] ?? '').split(',');
        // A leaf inside a list of input objects is named with its item's index: `breakdown[0].label`.
        expect(fields.map((name) => name.replace(/\[\d+\]/g, ''))).toContain(leaf);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(12);
  });
});
