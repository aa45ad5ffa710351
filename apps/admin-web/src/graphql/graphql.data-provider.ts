import type { BaseRecord, DataProvider, MetaQuery } from '@refinedev/core';
import { executeOperation, type GraphqlTransport } from './graphql-client';
import type { TypedDocumentString } from './generated/graphql';

/** What every call through the data provider carries in `meta`: a generated, typed operation and its variables. */
export interface OperationMeta<TResult = unknown, TVariables = unknown> {
  readonly document: TypedDocumentString<TResult, TVariables>;
  /** Not `variables`: Refine's own GraphQL providers give that key another shape. */
  readonly operationVariables?: TVariables;
}

function operationOf(meta: MetaQuery | undefined): OperationMeta {
  const document = meta?.['document'];
  if (!(document instanceof String)) throw new TypeError('graphql data provider: meta.document must be a generated operation');
  return { document: document as OperationMeta['document'], operationVariables: meta?.['operationVariables'] };
}

async function run(transport: GraphqlTransport, meta: MetaQuery | undefined): Promise<BaseRecord> {
  const { document, operationVariables } = operationOf(meta);
  return (await executeOperation(transport, document, (operationVariables ?? {}) as never)) as BaseRecord;
}

/**
 * Refine's data provider for the juki-sec API: every hook runs the generated operation it names in
 * `meta` (there is no REST resource to guess from), so queries select exactly the fields the matrix
 * lets the page's roles read. Errors are GraphqlRequestErrors; Refine passes them to the auth
 * provider's onError (UNAUTHENTICATED → back to sign-in).
 */
export function graphqlDataProvider(transport: GraphqlTransport): DataProvider {
  return {
    getApiUrl: () => '/graphql',
    custom: async ({ meta }) => ({ data: (await run(transport, meta)) as never }),
    getList: async ({ meta }) => {
      const data = await run(transport, meta);
      const connection = Object.values(data)[0] as { edges?: { node: BaseRecord }[]; totalCount?: number } | undefined;
      const rows = connection?.edges?.map((edge) => edge.node) ?? [];
      return { data: rows as never[], total: connection?.totalCount ?? rows.length };
    },
    getOne: async ({ meta }) => ({ data: (await run(transport, meta)) as never }),
    create: async ({ meta }) => ({ data: (await run(transport, meta)) as never }),
    update: async ({ meta }) => ({ data: (await run(transport, meta)) as never }),
    deleteOne: async ({ meta }) => ({ data: (await run(transport, meta)) as never }),
  };
}
