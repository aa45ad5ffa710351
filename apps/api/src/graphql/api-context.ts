import type { Principal } from '@juki/domain';
import type { DataSource } from 'typeorm';
import type { RequestIdentity } from '../identity/request-identity';

/** Per-request state, created anew for each GraphQL request (never shared between requests). */
export interface ApiContext {
  readonly requestId: string;
  /** The instant the request arrived: "today" for the request, so one request sees one date. */
  readonly requestedAt: Date;
  /**
   * Who asks, resolved once per request by the identity layer from the `juki_session` cookie or an
   * `Authorization: Bearer` token (a session or an API client); ANONYMOUS otherwise. Authorization reads
   * only this.
   */
  readonly principal: Principal;
  /** The client address (behind a trusted proxy, the forwarded one): logon history and audit source. */
  readonly sourceAddress: string | null;
  /** The database of this process. */
  readonly dataSource: DataSource;
  /** How the request was authenticated, and its session cookie (identity layer only). */
  readonly identity: RequestIdentity;
}
