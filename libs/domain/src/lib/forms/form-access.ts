import { integrationTokenAllows, jstDate, type MessageCode } from '@juki/policies';
import { rowFilterFor, type Principal, type RowFilter } from '../access/principal';
import { DomainError } from '../shared/domain-error';

function covers(filter: RowFilter, sectionId: string): boolean {
  if (filter.kind === 'all') return true;
  if (filter.kind === 'none') return false;
  return filter.sectionIds.includes(sectionId);
}

/**
 * The use case's own check behind the API's guard (第10条, PERMISSION_MATRIX): the caller may change rows
 * of `type` of this section. A row the caller may not even read is `notFound` (indistinguishable from one
 * that does not exist); one they read but may not change is PERMISSIONS.FORBIDDEN. A ward system also
 * needs its token's `<scope>:write`.
 */
export function requireSectionWrite(principal: Principal, type: string, sectionId: string, now: Date, notFound: MessageCode): void {
  if (principal.kind === 'ANONYMOUS') throw new DomainError('PERMISSIONS.SIGN_IN_REQUIRED');
  const today = jstDate(now);
  if (!covers(rowFilterFor(principal, type, 'read', today), sectionId)) throw new DomainError(notFound);
  const writable = covers(rowFilterFor(principal, type, 'write', today), sectionId);
  const tokenAllows = principal.kind !== 'API_CLIENT' || integrationTokenAllows(type, 'write', principal.scopes);
  if (!writable || !tokenAllows) throw new DomainError('PERMISSIONS.FORBIDDEN');
}

/** A text as stored: NFC, trimmed. */
export function cleanText(text: string): string {
  return text.normalize('NFC').trim();
}
