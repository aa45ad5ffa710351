import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseUrl } from 'node:url';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import { DEFAULT_MAX_BODY_BYTES, graphqlHttpGuards, readJsonBody, refuse, type GraphqlHttpGuardOptions } from '../graphql/protection/graphql-http-guards';
import { answerHttpError, requestIdOf, sendBadRequest, sendString } from './http-exchange';
import type { Logger } from './logger';

/** One request to `/graphql` as the context function sees it. */
export interface GraphqlExchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly requestId: string;
}

export interface GraphqlFrontOptions<TContext extends BaseContext> extends GraphqlHttpGuardOptions {
  /** Started. */
  readonly server: Pick<ApolloServer<TContext>, 'executeHTTPGraphQLRequest'>;
  readonly context: (exchange: GraphqlExchange) => Promise<TContext>;
  readonly logger: Logger;
}

/**
 * The HTTP front of `/graphql` on plain `node:http` (no Express on the hot path), doing what the Express
 * stack did, in the same order: request id (`x-request-id`) → origin check and CORS (preflight answered
 * here) → JSON-only POSTs (415) → the JSON body under the size limit (413 as soon as it is exceeded,
 * malformed JSON 400) → Apollo (`executeHTTPGraphQLRequest`) → the response written as Express's
 * `res.send` wrote it (or streamed, for incremental delivery). An unexpected failure is a coded 500 JSON
 * with the request id logged, never a stack trace.
 */
export function graphqlFront<TContext extends BaseContext>(options: GraphqlFrontOptions<TContext>): (req: IncomingMessage, res: ServerResponse) => void {
  const guards = graphqlHttpGuards(options);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const { server, context, logger } = options;

  async function answer(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    if (!guards(req, res)) return;
    const read = await readJsonBody(req, maxBodyBytes);
    if (!read.ok) {
      // The rest of the body is not read (nor drained): the connection closes after the answer.
      if (!req.complete) res.setHeader('Connection', 'close');
      if (read.status === 413) refuse(req, res, 413, 'REQUEST.BODY_TOO_LARGE', { max: maxBodyBytes });
      else sendBadRequest(req, res, read.status);
      return;
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: (req.method ?? '').toUpperCase(),
      headers,
      search: url.includes('?') || url.includes('#') ? (parseUrl(url).search ?? '') : '',
      body: read.body,
    };
    const response = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => context({ req, res, requestId }) });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status || 200;
    if (response.body.kind === 'complete') {
      sendString(req, res, response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return (req, res) => {
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    answer(req, res, requestId).catch((error: unknown) => answerHttpError(req, res, error, logger, requestId));
  };
}
