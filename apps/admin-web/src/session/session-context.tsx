import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Role } from '@juki/policies';
import type { SessionFieldsFragment } from '../graphql/generated/graphql';
import type { SessionStore } from './session-store';

const SessionStoreContext = createContext<SessionStore | undefined>(undefined);

export function SessionStoreProvider({ store, children }: { readonly store: SessionStore; readonly children: ReactNode }) {
  return <SessionStoreContext.Provider value={store}>{children}</SessionStoreContext.Provider>;
}

function useStore(): SessionStore {
  const store = useContext(SessionStoreContext);
  if (!store) throw new Error('useRoles outside SessionStoreProvider');
  return store;
}

/** The signed-in person as the API last described them (undefined when signed out). */
export function useSession(): SessionFieldsFragment | undefined {
  const store = useStore();
  return useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => store.current(),
  );
}

const NO_ROLES: readonly Role[] = [];

/** The signed-in person's roles today (from `me`/`signIn`), re-rendering when the session changes. */
export function useRoles(): readonly Role[] {
  const store = useStore();
  const session = useSession();
  return session ? store.roles() : NO_ROLES;
}
