import type { AuthProvider } from '@refinedev/core';
import { executeOperation, GraphqlRequestError, type GraphqlTransport } from '../graphql/graphql-client';
import { CHANGE_PASSWORD, ME, SIGN_IN, SIGN_OUT } from './session.operations';
import type { SessionStore } from './session-store';

export const SIGN_IN_PATH = '/sign-in';
export const CHANGE_PASSWORD_PATH = '/change-password';
/** Query of the sign-in page saying why the person is there. */
export const EXPIRED_NOTICE = 'expired';
export const SIGNED_OUT_NOTICE = 'signed-out';

export interface SignInParams {
  readonly idCardNumber: string;
  readonly password: string;
}

export interface ChangePasswordParams {
  readonly currentPassword: string;
  readonly newPassword: string;
}

function asRequestError(error: unknown): GraphqlRequestError {
  return error instanceof GraphqlRequestError ? error : new GraphqlRequestError('INTERNAL_SERVER_ERROR', undefined, undefined, 0);
}

/**
 * Refine's auth provider over the API's cookie session (第19条第1項): `signIn` sets the HttpOnly cookie,
 * `me` tells whether it still holds, `signOut` ends it. Any UNAUTHENTICATED reply (idle or absolute
 * timeout, card reported lost, signed out elsewhere) sends the person back to sign-in with a notice.
 */
export function cookieSessionAuthProvider(transport: GraphqlTransport, store: SessionStore): AuthProvider {
  return {
    login: async ({ idCardNumber, password }: SignInParams) => {
      try {
        const { signIn } = await executeOperation(transport, SIGN_IN, { idCardNumber, password });
        store.set(signIn, idCardNumber);
        return { success: true, redirectTo: signIn.passwordChangeRequired ? CHANGE_PASSWORD_PATH : '/' };
      } catch (error) {
        store.clear();
        return { success: false, error: asRequestError(error) };
      }
    },
    updatePassword: async ({ currentPassword, newPassword }: ChangePasswordParams) => {
      try {
        const { changePassword } = await executeOperation(transport, CHANGE_PASSWORD, { currentPassword, newPassword });
        store.set(changePassword);
        return { success: true, redirectTo: '/' };
      } catch (error) {
        return { success: false, error: asRequestError(error) };
      }
    },
    logout: async (params?: { redirectPath?: string }) => {
      try {
        await executeOperation(transport, SIGN_OUT);
      } catch {
        // Already ended (expired, card revoked): nothing left to end.
      }
      store.clear();
      return { success: true, redirectTo: params?.redirectPath ?? `${SIGN_IN_PATH}?notice=${SIGNED_OUT_NOTICE}` };
    },
    check: async () => {
      if (store.current()) return { authenticated: true };
      try {
        const { me } = await executeOperation(transport, ME);
        store.set(me);
        return { authenticated: true };
      } catch (error) {
        store.clear();
        return { authenticated: false, redirectTo: SIGN_IN_PATH, error: asRequestError(error) };
      }
    },
    onError: async (error: unknown) => {
      if (error instanceof GraphqlRequestError && error.code === 'UNAUTHENTICATED') {
        store.clear();
        return { logout: true, redirectTo: `${SIGN_IN_PATH}?notice=${EXPIRED_NOTICE}` };
      }
      return {};
    },
    getIdentity: async () => store.current() ?? null,
    getPermissions: async () => store.roles(),
  };
}
