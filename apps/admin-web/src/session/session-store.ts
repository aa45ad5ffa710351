import { isRole, type Role } from '@juki/policies';
import type { SessionFieldsFragment } from '../graphql/generated/graphql';

/**
 * The signed-in person as the API last described them (`signIn`, `me`, `changePassword`), kept in memory
 * only: the session itself is the HttpOnly cookie, which the page never sees. The card number entered
 * at sign-in is kept for the password meter (the password may not contain it, 第21条第2項).
 */
export class SessionStore {
  private session: SessionFieldsFragment | undefined;
  private cardNumber: string | undefined;
  private readonly listeners = new Set<() => void>();

  current(): SessionFieldsFragment | undefined {
    return this.session;
  }

  roles(): readonly Role[] {
    return (this.session?.roles ?? []).filter((role): role is Role => isRole(role));
  }

  signedInCardNumber(): string | undefined {
    return this.cardNumber;
  }

  set(session: SessionFieldsFragment, cardNumber?: string): void {
    this.session = session;
    if (cardNumber !== undefined) this.cardNumber = cardNumber;
    this.notify();
  }

  clear(): void {
    this.session = undefined;
    this.cardNumber = undefined;
    this.notify();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
