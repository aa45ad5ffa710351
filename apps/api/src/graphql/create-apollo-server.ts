import type * as http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from '../app/logger';
import { personalDataReadsPlugin } from '../audit/personal-data-reads';
import type { ApiContext } from './api-context';
import { operationAuthorizationPlugin } from './authorization/operation-authorization.plugin';
import { formatApiError, isUnexpectedError } from './format-error';
import { QUERY_LIMITS, queryLimitRules } from './protection/query-limits';

export interface ApolloServerSetup {
  readonly schema: GraphQLSchema;
  readonly httpServer: http.Server;
  readonly production: boolean;
  readonly logger: Logger;
}

/**
 * Apollo Server for the API. Juki-Net is a closed network: no landing page (it would load Apollo's
 * hosted explorer), no usage or schema reporting. In production no introspection and no "did you mean"
 * suggestions. Errors leave only through formatApiError; unexpected ones are logged with the request id.
 *
 * Every operation passes the document limits (depth, cost, aliases, directives, tokens), then the
 * authorization pass of the permission matrix, once, before execution. No plugin hooks a field
 * (`willResolveField`): Apollo's cache-control and inline-trace plugins, which would wrap every field
 * resolver, are off (the API sends no cache hints).
 */
export function createApolloServer({ schema, httpServer, production, logger }: ApolloServerSetup): ApolloServer<ApiContext> {
  const plugins: ApolloServerPlugin<ApiContext>[] = [
    ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 5_000 }),
    ApolloServerPluginLandingPageDisabled(),
    ApolloServerPluginUsageReportingDisabled(),
    ApolloServerPluginSchemaReportingDisabled(),
    ApolloServerPluginCacheControlDisabled(),
    ApolloServerPluginInlineTraceDisabled(),
    errorLoggingPlugin(logger),
    operationAuthorizationPlugin(),
    // 第19条第1項: the personal data a request read is audited before its response leaves.
    personalDataReadsPlugin(logger),
  ];
  if (production) plugins.push(ApolloServerPluginDisableSuggestions());
  return new ApolloServer<ApiContext>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGTERM/SIGINT: it stops Apollo, then closes the database, then exits.
    stopOnTerminationSignals: false,
    formatError: formatApiError,
    plugins,
    validationRules: queryLimitRules(),
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    // Simple (CORS-safelisted) requests cannot run an operation: a POST must be application/json and a
    // GET must carry a non-simple header (Apollo's csrfPrevention; the HTTP guards add origin checks).
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
  });
}

function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (!isUnexpectedError(error)) continue;
            const original = unwrapResolverError(error);
            logger.error('graphql.unexpected_error', {
              requestId: contextValue.requestId,
              operationName: operationName ?? null,
              path: error.path ?? null,
              error: original instanceof Error ? original : String(original),
            });
          }
        },
      };
    },
  };
}
