import { GraphqlRequestError } from '../graphql/graphql-client';

/*
 * The pure logic of the printed-form screens (第10条): keyset paging of the ledger, what is left to store,
 * and the mismatches a refused disposal names. No React, no antd: unit-tested on its own.
 */

/** Where the page is in the keyset: the first page, or one reached forward/backward from a cursor. */
export interface KeysetPosition {
  readonly page: number;
  readonly travel: 'start' | 'forward' | 'backward';
  readonly cursor?: string;
}

export const START: KeysetPosition = { page: 1, travel: 'start' };

/**
 * The variables of one page. Ascending: forward is `first/after`; descending: the newest page is `last`,
 * and older pages are `last/before` (rows shown reversed). The server sorts and pages (keyset cursors).
 */
export function pageVariables(position: KeysetPosition, descending: boolean, size: number) {
  const forwardInSql = descending ? position.travel === 'backward' : position.travel !== 'backward';
  if (forwardInSql) return { first: size, ...(position.cursor ? { after: position.cursor } : {}) };
  return { last: size, ...(position.cursor ? { before: position.cursor } : {}) };
}

/** Whether a next page exists, from how the page was reached and the connection's page info. */
export function hasNextPage(
  position: KeysetPosition,
  descending: boolean,
  pageInfo: { readonly hasNextPage: boolean; readonly hasPreviousPage: boolean } | undefined,
): boolean {
  if (!pageInfo) return false;
  if (position.travel === 'backward') return true; // we came from there
  return descending ? pageInfo.hasPreviousPage : pageInfo.hasNextPage;
}

/** Copies neither kept in a place nor disposed of yet: what may still be stored. */
export function unstoredQuantity(output: {
  readonly quantity?: number | null;
  readonly storedQuantity?: number | null;
  readonly disposedQuantity?: number | null;
}): number {
  return Math.max(0, (output.quantity ?? 0) - (output.storedQuantity ?? 0) - (output.disposedQuantity ?? 0));
}

/**
 * Each mismatch a refusal names, in the language shown: the API lists them in `params.details_ja` /
 * `params.details_en`, one per line, in the order of `params.violations` (第10条第3項: a disposal that does
 * not reconcile is refused naming every one).
 */
export function refusalDetails(error: unknown, locale: 'ja' | 'en'): string[] {
  if (!(error instanceof GraphqlRequestError)) return [];
  const details = error.params[locale === 'ja' ? 'details_ja' : 'details_en'];
  return typeof details === 'string' ? details.split('\n').filter((line) => line.trim() !== '') : [];
}

