import type { Principal } from '@juki/domain';
import type { RoleGrant } from '@juki/policies';
import { buildSchema, parse } from 'graphql';
import { accessSubject, type AccessSubject } from './access-subject';
import { authorizeOperation, MAX_ROWS_PER_OPERATION, type OperationVerdict } from './operation-authorization';

const ON = '2026-11-28';

/** A schema shaped like the API's, with record types of the matrix behind `node` and some that are not. */
const schema = buildSchema(`
  interface Node { id: ID! }
  type Query {
    organisationUnits(first: Int, last: Int): OrganisationUnitConnection!
    node(id: ID!): Node
    ruleCatalogue: [Rule!]!
    me: Staff
    unlisted: Int
  }
  type Mutation { changePassword: Boolean, signOut: Boolean, deleteEverything: Boolean }
  type OrganisationUnit implements Node {
    id: ID!
    code: String!
    name: String!
    parent: OrganisationUnit
    children(first: Int): OrganisationUnitConnection!
  }
  type OrganisationUnitConnection { edges: [OrganisationUnitEdge!]!, pageInfo: PageInfo!, totalCount: Int! }
  type OrganisationUnitEdge { cursor: String!, node: OrganisationUnit! }
  type PageInfo { hasNextPage: Boolean! }
  type OperatorIdCard implements Node { id: ID!, cardNumber: String, holder: Staff }
  type Staff implements Node { id: ID!, name: String, passwordExpiresAt: String }
  type ApiClient implements Node { id: ID!, name: String, tokenHash: String }
  type Stranger implements Node { id: ID!, anything: String }
  type Rule { id: ID!, title: LocalizedText!, notInMatrix: String }
  type LocalizedText { ja: String!, en: String! }
`);

const staff = (...grants: [RoleGrant['role'], string?][]): AccessSubject =>
  accessSubject(
    {
      kind: 'STAFF',
      staffId: 's-1',
      sessionId: 'x',
      passwordChangeRequired: false,
      grants: grants.map(([role, sectionId]) => ({ role, effectiveFrom: '2025-04-01', ...(sectionId ? { sectionId } : {}) })),
    },
    ON,
  );
const anonymous = accessSubject({ kind: 'ANONYMOUS' }, ON);
const expired = accessSubject({ kind: 'STAFF', staffId: 's-2', sessionId: 'y', passwordChangeRequired: true, grants: [{ role: 'SYSTEM_OFFICER', effectiveFrom: '2025-04-01' }] }, ON);
const ward = (scopes: string[]): AccessSubject => accessSubject({ kind: 'API_CLIENT', apiClientId: 'c-1', sectionId: 'mihama', scopes } satisfies Principal, ON);

function verdict(subject: AccessSubject, query: string, operationName?: string): OperationVerdict {
  return authorizeOperation(schema, parse(query), operationName, subject);
}

function refusal(subject: AccessSubject, query: string): string {
  const v = verdict(subject, query);
  return v.allowed ? 'allowed' : `${v.refusal.code} ${v.refusal.reason}${v.refusal.params['field'] ? ` ${String(v.refusal.params['field'])}` : ''}`;
}

const UNITS = '{ organisationUnits(first: 10) { edges { node { id code parent { name } } } totalCount } }';

describe('operations (OPERATION_MATRIX)', () => {
  it.each<[string, string, AccessSubject, string]>([
    ['an anonymous caller, a signed-in operation', 'UNAUTHENTICATED PERMISSIONS.SIGN_IN_REQUIRED', anonymous, UNITS],
    ['an anonymous caller, a public one', 'allowed', anonymous, '{ ruleCatalogue { id title { ja en } } }'],
    ['a handler, any signed-in operation', 'allowed', staff(['HANDLER', 'a']), UNITS],
    ['a person without a role in force', 'FORBIDDEN PERMISSIONS.FORBIDDEN', staff(), UNITS],
    ['anyone, an operation the matrix does not name', 'FORBIDDEN PERMISSIONS.FORBIDDEN', staff(['SYSTEM_ADMINISTRATOR']), '{ unlisted }'],
    ['anyone, a mutation the matrix does not name', 'FORBIDDEN PERMISSIONS.FORBIDDEN', staff(['SYSTEM_ADMINISTRATOR']), 'mutation { deleteEverything }'],
    ['an expired password, a record query', 'FORBIDDEN PERMISSIONS.PASSWORD_CHANGE_REQUIRED', expired, UNITS],
    ['an expired password, a public query', 'allowed', expired, '{ ruleCatalogue { id } }'],
    ['an anonymous caller, through a fragment on Query', 'UNAUTHENTICATED PERMISSIONS.SIGN_IN_REQUIRED', anonymous, '{ ...Q } fragment Q on Query { organisationUnits { totalCount } }'],
    ['an anonymous caller, through an aliased inline fragment', 'UNAUTHENTICATED PERMISSIONS.SIGN_IN_REQUIRED', anonymous, '{ ... on Query { units: organisationUnits { totalCount } } }'],
  ])('%s → %s', (_name, expected, subject, query) => {
    expect(refusal(subject, query)).toBe(expected);
  });

  it('lets an expired password reach changePassword and signOut only (第21条第1項)', () => {
    expect(refusal(expired, 'mutation { changePassword }')).toBe('allowed');
    expect(refusal(expired, 'mutation { signOut }')).toBe('allowed');
    expect(refusal(expired, '{ me { id } }')).toBe('allowed');
    expect(refusal(expired, 'mutation { deleteEverything }')).toBe('FORBIDDEN PERMISSIONS.PASSWORD_CHANGE_REQUIRED');
    expect(refusal(expired, 'mutation { changePassword signOut deleteEverything }')).toBe('FORBIDDEN PERMISSIONS.PASSWORD_CHANGE_REQUIRED');
  });

  it('checks the operation the request names, not the others of the document', () => {
    const document = 'query Pub { ruleCatalogue { id } } query Units { organisationUnits { totalCount } }';
    expect(verdict(anonymous, document, 'Pub').allowed).toBe(true);
    expect(verdict(anonymous, document, 'Units').allowed).toBe(false);
  });
});

describe('fields (PERMISSION_MATRIX), through every path', () => {
  const node = (selection: string): string => `{ node(id: "x") { id ${selection} } }`;

  it.each<[string, string, AccessSubject, string]>([
    ['masked counts as visible: the auditor selects a card number', 'allowed', staff(['AUDITOR']), node('... on OperatorIdCard { cardNumber }')],
    ['a type the role does not read', 'FORBIDDEN PERMISSIONS.FIELD_DENIED ApiClient.name', staff(['HANDLER', 'a']), node('... on ApiClient { name }')],
    ['a secret, even for the system officer', 'FORBIDDEN PERMISSIONS.FIELD_DENIED ApiClient.tokenHash', staff(['SYSTEM_OFFICER']), node('... on ApiClient { tokenHash }')],
    ['a field hidden from the role', 'FORBIDDEN PERMISSIONS.FIELD_DENIED Staff.passwordExpiresAt', staff(['AUDITOR']), node('... on Staff { passwordExpiresAt }')],
    ['the same field when another role of the person reads it', 'allowed', staff(['AUDITOR'], ['SYSTEM_OFFICER']), node('... on Staff { passwordExpiresAt }')],
    ['a type the matrix does not name', 'FORBIDDEN PERMISSIONS.FIELD_DENIED Stranger.anything', staff(['SYSTEM_ADMINISTRATOR']), node('... on Stranger { anything }')],
    ['a named fragment', 'FORBIDDEN PERMISSIONS.FIELD_DENIED ApiClient.name', staff(['HANDLER', 'a']), '{ node(id: "x") { ...C } } fragment C on ApiClient { name }'],
    ['an alias', 'FORBIDDEN PERMISSIONS.FIELD_DENIED ApiClient.name', staff(['HANDLER', 'a']), '{ n: node(id: "x") { ... on ApiClient { label: name } } }'],
    ['nested under a record', 'allowed', staff(['HANDLER', 'a']), node('... on OperatorIdCard { holder { name } }')],
    ['Node.id alone', 'allowed', staff(['HANDLER', 'a']), '{ node(id: "x") { id __typename } }'],
    ['a field of a public type the matrix does not name', 'FORBIDDEN PERMISSIONS.FIELD_DENIED Rule.notInMatrix', anonymous, '{ ruleCatalogue { notInMatrix } }'],
    ['a ward system with the scope', 'allowed', ward(['organisation:read']), UNITS],
    ['a ward system without it', 'FORBIDDEN PERMISSIONS.TOKEN_SCOPE', ward(['forms:read']), UNITS],
    ['a ward system reading public rules', 'allowed', ward([]), '{ ruleCatalogue { id } }'],
  ])('%s → %s', (_name, expected, subject, query) => {
    expect(refusal(subject, query)).toBe(expected);
  });
});

describe('the row bound of one operation', () => {
  const nested = (levels: number, first = ''): string => {
    let selection = 'id';
    for (let i = 0; i < levels - 1; i++) selection = `id children${first} { edges { node { ${selection} } } }`;
    return `{ organisationUnits${first} { edges { node { ${selection} } } } }`;
  };

  it('counts each connection by its page size times the connections around it', () => {
    expect(verdict(staff(['SYSTEM_OFFICER']), nested(1))).toEqual({ allowed: true, maxRows: 100 });
    expect(verdict(staff(['SYSTEM_OFFICER']), nested(2))).toEqual({ allowed: true, maxRows: 100 + 100 * 100 });
    expect(verdict(staff(['SYSTEM_OFFICER']), nested(3, '(first: 5)'))).toEqual({ allowed: true, maxRows: 5 + 25 + 125 });
  });

  it('refuses an operation that could return more rows than the limit', () => {
    const v = verdict(staff(['SYSTEM_OFFICER']), nested(3));
    expect(v).toEqual({ allowed: false, refusal: { code: 'BAD_USER_INPUT', reason: 'REQUEST.TOO_MANY_ROWS', params: { rows: 1_010_100, max: MAX_ROWS_PER_OPERATION } } });
  });

  it('counts a variable page size as the maximum', () => {
    const v = verdict(staff(['SYSTEM_OFFICER']), 'query($n: Int) { organisationUnits(first: $n) { totalCount } }');
    expect(v).toEqual({ allowed: true, maxRows: 100 });
  });
});
