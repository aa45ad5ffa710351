import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { ApiContext } from '../api-context';
import { catalogueError, type ApiError } from '../api-error';
import { badUserInput } from '../request-errors';
import { LruCache } from './lru-cache';
import { authorizeOperation, type OperationVerdict, type Refusal } from './operation-authorization';
import { requestScope } from './request-scope';

const HTTP_STATUS: Readonly<Record<Refusal['code'], number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400 };

/** A fresh error for each refused request (errors are not shared: plugins may rewrite their message). */
export function refusalError(refusal: Refusal): ApiError {
  if (refusal.code === 'BAD_USER_INPUT') return badUserInput(refusal.reason, refusal.params, HTTP_STATUS.BAD_USER_INPUT);
  return catalogueError(refusal.code, refusal.reason, refusal.params, HTTP_STATUS[refusal.code]);
}

export interface OperationAuthorizationOptions {
  /** How many (document, operation, subject) verdicts to keep. */
  readonly cacheSize?: number;
}

/**
 * Authorizes each operation once, before execution (`didResolveOperation`): the verdict of
 * `authorizeOperation` for (query hash, operation name, subject) comes from a small LRU after the first
 * request, so a repeated query costs one map lookup. A refused operation executes nothing.
 */
export function operationAuthorizationPlugin(options: OperationAuthorizationOptions = {}): ApolloServerPlugin<ApiContext> {
  const verdicts = new LruCache<string, OperationVerdict>(options.cacheSize ?? 2_000);
  const listener: GraphQLRequestListener<ApiContext> = {
    async didResolveOperation({ schema, document, request, queryHash, contextValue }) {
      const subject = requestScope(contextValue).subject;
      const key = `${queryHash}\u0000${request.operationName ?? ''}\u0000${subject.key}`;
      let verdict = verdicts.get(key);
      if (!verdict) {
        verdict = authorizeOperation(schema, document, request.operationName, subject);
        verdicts.set(key, verdict);
      }
      if (!verdict.allowed) throw refusalError(verdict.refusal);
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
