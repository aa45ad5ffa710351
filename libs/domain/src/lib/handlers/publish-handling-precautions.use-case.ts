import { checkPrecautionsPublisher, checkPrecautionTexts, jstDate, type PrecautionTexts } from '@juki/policies';
import { OrganisationUnitEntity } from '../organisation/organisation-unit.entity';
import { runAuditedMutation, type AuditedChange, type IdentityEnvironment, type IdentityRequest } from '../sessions/identity-environment';
import { readForUpdate } from '../sessions/locking-read';
import { DomainError } from '../shared/domain-error';
import { HandlingPrecautionsEntity } from './handling-precautions.entity';
import { actorOf, insertOrConflict, readManyForUpdate } from './handler-writes';

export const PUBLISH_HANDLING_PRECAUTIONS_OPERATION = 'Mutation.publishHandlingPrecautions';
export const HANDLING_PRECAUTIONS = 'HandlingPrecautions';

export interface PublishHandlingPrecautionsInput {
  readonly sectionId: string;
  /** The current version the caller read (0 when the section has none yet): a stale one is CONFLICT. */
  readonly expectedVersion: number;
  readonly texts: PrecautionTexts;
}

/**
 * 第9条第1項: the security officer of a section publishes the next version of its handling precautions
 * (all five categories). The previous version is superseded, so every handler of the section is
 * unacknowledged again until they acknowledge the new one (第9条第2項). Another section's officer or any
 * other role is refused (audited DENIED). `expectedVersion` other than the current version → CONFLICT: of
 * two concurrent publications exactly one wins (the section row is locked; the unique
 * (section, version) key is the backstop).
 */
export async function publishHandlingPrecautions(
  env: IdentityEnvironment,
  request: IdentityRequest,
  input: PublishHandlingPrecautionsInput,
): Promise<HandlingPrecautionsEntity> {
  const attempted: AuditedChange = { recordType: HANDLING_PRECAUTIONS, recordIds: [], sectionId: input.sectionId };
  return runAuditedMutation(env, request, PUBLISH_HANDLING_PRECAUTIONS_OPERATION, attempted, async (manager) => {
    const publisher = actorOf(request.principal);
    const authority = checkPrecautionsPublisher({ publisher, sectionId: input.sectionId, on: jstDate(request.now) });
    if (!authority.ok) throw DomainError.fromViolations(authority.violations);
    const texts = checkPrecautionTexts(input.texts);
    if (!texts.ok) throw DomainError.fromViolations(texts.violations);
    // Serialises the publications of one section (and the acknowledgements that lock the version they read).
    const section = await readForUpdate(manager, OrganisationUnitEntity, 'row.id = :id', { id: input.sectionId });
    if (!section) throw new DomainError('PERMISSIONS.FORBIDDEN');
    const [current] = await readManyForUpdate(manager, HandlingPrecautionsEntity, 'row.sectionId = :sectionId AND row.supersededAt IS NULL', { sectionId: section.id });
    const currentVersion = current?.documentVersion ?? 0;
    const stale = () => new DomainError('HANDLERS.PRECAUTIONS_STALE', { expected: input.expectedVersion, actual: currentVersion });
    if (input.expectedVersion !== currentVersion) throw stale();
    if (current) await manager.update(HandlingPrecautionsEntity, { id: current.id }, { supersededAt: request.now });
    const next = HandlingPrecautionsEntity.publish({
      sectionId: section.id,
      documentVersion: currentVersion + 1,
      texts: input.texts,
      publishedById: publisher.staffId,
      publishedAt: request.now,
    });
    await insertOrConflict(() => manager.insert(HandlingPrecautionsEntity, next), stale);
    return {
      result: next,
      change: { recordType: HANDLING_PRECAUTIONS, recordIds: current ? [next.id, current.id] : [next.id], sectionId: section.id },
    };
  });
}
