import type { TestApi } from '../../testing/test-api';
import { errorOf, gql } from '../../identity/testing/identity-client';
import { createPerson, createSection, type FixturePerson } from '../../identity/testing/identity-fixtures';
import { signInAs } from '../../identity/testing/identity-suite';
import { toGlobalId } from '../../graphql/relay/global-id';

export const OUTPUT_FIELDS = `id formName outputDate purpose requester quantity notes keepUntil status storedQuantity disposedQuantity disposalDueDate daysOverdue version`;

export const RECORD = `mutation Record($section: ID!, $formName: String!, $outputDate: Date!, $purpose: String!, $requester: String!, $quantity: Int!, $notes: String, $keepUntil: Date!) {
  recordFormOutput(sectionId: $section, formName: $formName, outputDate: $outputDate, purpose: $purpose, requester: $requester, quantity: $quantity, notes: $notes, keepUntil: $keepUntil) { ${OUTPUT_FIELDS} }
}`;
export const STORE = `mutation Store($output: ID!, $version: Int!, $place: ID!, $quantity: Int!, $breakdown: [FormBreakdownLineInput!], $on: Date!) {
  storeForms(outputId: $output, version: $version, placeId: $place, quantity: $quantity, breakdown: $breakdown, storedOn: $on) { ${OUTPUT_FIELDS} }
}`;
export const MOVE = `mutation Move($output: ID!, $version: Int!, $from: ID!, $to: ID!, $quantity: Int!, $on: Date!) {
  moveForms(outputId: $output, version: $version, fromPlaceId: $from, toPlaceId: $to, quantity: $quantity, movedOn: $on) { ${OUTPUT_FIELDS} }
}`;
export const DISPOSE = `mutation Dispose($output: ID!, $version: Int!, $place: ID!, $quantity: Int!, $method: FormDisposalMethod!, $on: Date!, $performer: String!, $witness: String!) {
  disposeForms(outputId: $output, version: $version, placeId: $place, quantity: $quantity, method: $method, disposedOn: $on, performer: $performer, witness: $witness) { ${OUTPUT_FIELDS} }
}`;
export const CREATE_PLACE = `mutation Place($section: ID!, $name: String!, $location: String!, $lockable: Boolean!) {
  createStoragePlace(sectionId: $section, name: $name, location: $location, lockable: $lockable) { id name lockable version }
}`;

export type Output = Record<string, unknown> & { id: string; version: number; storedQuantity: number; disposedQuantity: number; status: string };

/** A section with its security officer, a handler, and their sessions. */
export interface FormsSection {
  readonly sectionId: string;
  readonly section: string;
  readonly officer: FixturePerson;
  readonly handler: FixturePerson;
  readonly officerSession: string;
  readonly handlerSession: string;
}

export async function formsSection(api: TestApi, now: Date, name: string): Promise<FormsSection> {
  const sectionId = await createSection(api.dataSource, name);
  const officer = await createPerson(api.dataSource, now, { sectionId, roles: [{ role: 'SECURITY_OFFICER', sectionId }] });
  const handler = await createPerson(api.dataSource, now, { sectionId, roles: [{ role: 'HANDLER', sectionId }] });
  return {
    sectionId,
    section: toGlobalId('OrganisationUnit', sectionId),
    officer,
    handler,
    officerSession: (await signInAs(api, officer)).token,
    handlerSession: (await signInAs(api, handler)).token,
  };
}

/** Runs one operation and returns its root field, failing with the response text on any error. */
export async function ok<T>(api: TestApi, session: string, query: string, variables: Record<string, unknown>, field: string): Promise<T> {
  const response = await gql(api.graphqlUrl, query, variables, { cookie: session });
  if (response.body.errors) throw new Error(`${field} failed: ${response.text}`);
  return response.body.data?.[field] as T;
}

/** Runs one operation that must be refused; returns code, reason and params of the first error. */
export async function refused(api: TestApi, session: string, query: string, variables: Record<string, unknown>): Promise<{ code: unknown; reason: unknown; params: Record<string, unknown> }> {
  const response = await gql(api.graphqlUrl, query, variables, { cookie: session });
  const error = errorOf(response);
  if (!error) throw new Error(`expected a refusal: ${response.text}`);
  return { ...error, params: (response.body.errors?.[0]?.extensions?.['params'] ?? {}) as Record<string, unknown> };
}

export async function place(api: TestApi, s: FormsSection, name: string, lockable = true): Promise<string> {
  const created = await ok<{ id: string }>(api, s.officerSession, CREATE_PLACE, { section: s.section, name, location: '2階 事務室', lockable }, 'createStoragePlace');
  return created.id;
}

export function outputVariables(s: FormsSection, change: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    section: s.section,
    formName: '住民票の写し',
    outputDate: '2026-06-08',
    purpose: '広域交付による住民票の写しの交付',
    requester: '試験区 市民総合窓口課 検見川 一郎',
    quantity: 5,
    notes: '両面印刷',
    keepUntil: '2026-09-30',
    ...change,
  };
}
