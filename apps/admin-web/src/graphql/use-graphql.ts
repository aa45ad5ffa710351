import { useCustom, useCustomMutation, type BaseRecord, type HttpError } from '@refinedev/core';
import type { TypedDocumentString } from './generated/graphql';
import type { GraphqlRequestError } from './graphql-client';

export interface GraphqlQueryState<TResult> {
  readonly data: TResult | undefined;
  readonly error: GraphqlRequestError | undefined;
  readonly loading: boolean;
  /** A request is in flight (also while the previous variables' data is still shown). */
  readonly fetching: boolean;
  readonly refetch: () => void;
}

/** Runs a generated query through Refine (cached by react-query; errors go through the auth provider). */
export function useGraphqlQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { readonly enabled?: boolean } = {},
): GraphqlQueryState<TResult> {
  const { query, result } = useCustom<TResult & BaseRecord, HttpError>({
    url: '/graphql',
    method: 'post',
    meta: { document, operationVariables: variables },
    queryOptions: { enabled: options.enabled ?? true, queryKey: ['graphql', document.toString(), variables], retry: false },
  });
  return {
    data: query.isSuccess ? (result.data as unknown as TResult) : undefined,
    error: (query.error ?? undefined) as GraphqlRequestError | undefined,
    loading: query.isLoading,
    fetching: query.isFetching,
    refetch: () => void query.refetch(),
  };
}

/** Returns a function that runs a generated mutation through Refine and resolves to its typed result. */
export function useGraphqlMutation<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
): { readonly run: (variables: TVariables) => Promise<TResult>; readonly pending: boolean } {
  const { mutateAsync, mutation } = useCustomMutation<TResult & BaseRecord, HttpError>();
  return {
    run: async (variables) =>
      (await mutateAsync({ url: '/graphql', method: 'post', values: {}, meta: { document, operationVariables: variables } })).data as unknown as TResult,
    pending: mutation.isPending,
  };
}
