import { ROLES, type Role } from '@juki/policies';
import { chibaProfileAt } from '../../identity/identity-runtime';
import { seedDemoData } from '../../seed/seed-demo';
import type { GraphqlResponse, TestApi } from '../../testing/test-api';

/** A real signed-in caller of the API (a session of seeded staff, or a ward system's API token). */
export interface RoleCaller {
  readonly role: Role;
  /** Every role the caller holds today (a member of staff may hold more than the one asked for). */
  readonly roles: readonly Role[];
  /** A ward system's token scopes; null for staff. */
  readonly scopes: readonly string[] | null;
  /** The employee number (staff) or client name (ward system) behind the token. */
  readonly who: string;
  readonly authorization: string;
}

/** One GraphQL operation over HTTP, as `caller` (anonymous without one). */
export async function postAs(url: string, caller: RoleCaller | null, query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(caller ? { authorization: caller.authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as GraphqlResponse['body'], text };
}

const SIGN_IN = 'mutation($card: String!, $password: String!) { signIn(idCardNumber: $card, password: $password, returnToken: true) { token passwordChangeRequired } }';

/**
 * Seeds the demo organisation, staff and ward systems into the API's (empty) database, then signs in
 * through the real `signIn` mutation once per role: a member of staff who holds that role (and can sign
 * in without changing their password first), and for INTEGRATION a demo ward system's token.
 */
export async function signInEveryRole(api: TestApi, now: Date = new Date()): Promise<ReadonlyMap<Role, RoleCaller>> {
  const seed = await seedDemoData(api.dataSource, now, chibaProfileAt(now));
  if (!seed) throw new Error('the database was not empty: cannot seed the demo callers');
  const callers = new Map<Role, RoleCaller>();
  for (const role of ROLES) {
    if (role === 'INTEGRATION') {
      const client = seed.apiClients.find((c) => c.scopes.includes('organisation:read'));
      if (!client) throw new Error('no demo API client reads the organisation');
      callers.set(role, { role, roles: ['INTEGRATION'], scopes: [...client.scopes], who: client.name, authorization: `Bearer ${client.token}` });
      continue;
    }
    const candidates = seed.accounts.filter((a) => a.canSignIn && a.roles.includes(role)).sort((a, b) => a.roles.length - b.roles.length);
    let signedIn: RoleCaller | undefined;
    for (const account of candidates) {
      const response = await postAs(api.graphqlUrl, null, SIGN_IN, { card: account.cardNumber, password: account.password });
      const session = response.body.data?.['signIn'] as { token: string; passwordChangeRequired: boolean } | undefined;
      if (!session || session.passwordChangeRequired) continue;
      signedIn = { role, roles: [...account.roles], scopes: null, who: account.employeeNumber, authorization: `Bearer ${session.token}` };
      break;
    }
    if (!signedIn) throw new Error(`no demo account can sign in as ${role}`);
    callers.set(role, signedIn);
  }
  return callers;
}
