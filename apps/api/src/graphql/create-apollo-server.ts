import type * as http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from '../app/logger';
import type { ApiContext } from './api-context';
import { formatApiError, isUnexpectedError } from './format-error';

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
 */
export function createApolloServer({ schema, httpServer, production, logger }: ApolloServerSetup): ApolloServer<ApiContext> {
  const plugins: ApolloServerPlugin<ApiContext>[] = [
    ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 5_000 }),
    ApolloServerPluginLandingPageDisabled(),
    ApolloServerPluginUsageReportingDisabled(),
    ApolloServerPluginSchemaReportingDisabled(),
    errorLoggingPlugin(logger),
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
