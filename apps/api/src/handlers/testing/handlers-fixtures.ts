import type { DataSource } from 'typeorm';
import { toGlobalId } from '../../graphql/relay/global-id';
import { gql } from '../../identity/testing/identity-client';
import { createPerson, createSection, type FixturePerson } from '../../identity/testing/identity-fixtures';
import { signInAs } from '../../identity/testing/identity-suite';
import type { TestApi } from '../../testing/test-api';

/** A section (課) with its security officer (第5条) signed in. */
export interface FixtureSection {
  readonly sectionId: string;
  readonly officer: FixturePerson;
  readonly officerSession: string;
}

export async function sectionWithOfficer(api: TestApi, now: Date, name?: string): Promise<FixtureSection> {
  const sectionId = await createSection(api.dataSource, name);
  const officer = await createPerson(api.dataSource, now, { sectionId, roles: [{ role: 'SECURITY_OFFICER', sectionId }] });
  const { token } = await signInAs(api, officer);
  return { sectionId, officer, officerSession: token };
}

/** A member of staff of the section with no role yet (to be designated), and their session. */
export async function plainStaff(dataSource: DataSource, now: Date, sectionId: string): Promise<FixturePerson> {
  return createPerson(dataSource, now, { sectionId, roles: [] });
}

export const DESIGNATE = `mutation Designate($staff: ID!, $permissions: [HandlerPermission!]!) {
  designateHandler(staffId: $staff, permissions: $permissions) {
    id title permissions designatedOn designatedAt revokedOn revokedAt inForce version
    staff { id name } section { id name } designatedBy { id } revokedBy { id }
  }
}`;

export const REVOKE = `mutation Revoke($id: ID!, $version: Int!) {
  revokeHandlerDesignation(id: $id, expectedVersion: $version) { id revokedOn revokedAt inForce version revokedBy { id } }
}`;

/** Designates through the API as the given officer; returns the designation's global id. */
export async function designateThroughApi(api: TestApi, session: string, staffId: string, permissions: readonly string[] = ['INQUIRY']): Promise<string> {
  const response = await gql(api.graphqlUrl, DESIGNATE, { staff: toGlobalId('Staff', staffId), permissions }, { cookie: session });
  const id = (response.body.data?.['designateHandler'] as { id?: string } | undefined)?.id;
  if (!id) throw new Error(`designation failed: ${response.text}`);
  return id;
}
