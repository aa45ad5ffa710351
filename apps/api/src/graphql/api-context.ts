/** Per-request state, created anew for each GraphQL request (never shared between requests). */
export interface ApiContext {
  readonly requestId: string;
  /** The instant the request arrived: "today" for the request, so one request sees one date. */
  readonly requestedAt: Date;
}
