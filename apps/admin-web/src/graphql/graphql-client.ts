import type { LocalizedText } from '@juki/policies';
import type { TypedDocumentString } from './generated/graphql';

/** The API's error codes (extensions.code) the console tells apart. */
export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'NETWORK' | string;

interface GraphqlErrorJson {
  readonly message?: string;
  readonly extensions?: {
    readonly code?: string;
    readonly reason?: string;
    readonly message?: Partial<LocalizedText>;
    readonly article?: string;
    readonly params?: Readonly<Record<string, unknown>>;
  };
}

/**
 * A refusal or failure of one GraphQL request. `text` is the API's own `extensions.message {ja, en}`,
 * shown as it is (every catalogued refusal carries it; the catalogue itself stays out of the bundle).
 * Shaped as Refine's HttpError (message + statusCode) so that its hooks and onError see it.
 */
export class GraphqlRequestError extends Error {
  readonly statusCode: number;
  constructor(
    readonly code: ApiErrorCode,
    readonly reason: string | undefined,
    readonly text: LocalizedText | undefined,
    statusCode: number,
    readonly article?: string,
    /** The refusal's `extensions.params` (e.g. `details_ja` / `details_en`: every mismatch of a disposal, one per line). */
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(reason ?? code);
    this.name = 'GraphqlRequestError';
    this.statusCode = statusCode;
  }
}

export interface GraphqlReply {
  readonly status: number;
  readonly body: unknown;
}

/** Sends one JSON request body to the API and returns the status and parsed reply. */
export type GraphqlTransport = (body: string) => Promise<GraphqlReply>;

/** Same origin, cookie session (HttpOnly juki_session): no token is ever handled by the page. */
export const fetchTransport: GraphqlTransport = async (body) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : JSON.parse(text) };
};

/** Runs a generated, typed operation; throws GraphqlRequestError on any error. */
export async function executeOperation<TResult, TVariables>(
  transport: GraphqlTransport,
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
): Promise<TResult> {
  let reply: GraphqlReply;
  try {
    reply = await transport(JSON.stringify({ query: document.toString(), variables: variables ?? {} }));
  } catch {
    throw new GraphqlRequestError('NETWORK', undefined, undefined, 0);
  }
  const body = (reply.body ?? {}) as { data?: TResult | null; errors?: readonly GraphqlErrorJson[] };
  const first = body.errors?.[0];
  if (first) throw toRequestError(first, reply.status);
  if (reply.status >= 400 || body.data === undefined || body.data === null) {
    throw new GraphqlRequestError('INTERNAL_SERVER_ERROR', undefined, undefined, reply.status);
  }
  return body.data;
}

function toRequestError(error: GraphqlErrorJson, status: number): GraphqlRequestError {
  const extensions = error.extensions ?? {};
  const code = extensions.code ?? 'INTERNAL_SERVER_ERROR';
  const reason = extensions.reason;
  const given = extensions.message;
  const text = given && typeof given.ja === 'string' && typeof given.en === 'string' ? { ja: given.ja, en: given.en } : undefined;
  const params = Object.fromEntries(
    Object.entries(extensions.params ?? {}).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number'),
  );
  return new GraphqlRequestError(code, reason, text, status, extensions.article, params);
}
