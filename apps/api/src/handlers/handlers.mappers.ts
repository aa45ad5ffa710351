import type { HandlerDesignationEntity, HandlingPrecautionsEntity, PrecautionAcknowledgementEntity } from '@juki/domain';
import { canRead, visibleText, visibleValue, type FieldAccessMap } from '../graphql/authorization/field-access';
import type { RowOwner } from '../graphql/authorization/request-scope';
import { toGlobalId } from '../graphql/relay/global-id';
import { HandlerDesignationType } from './handler-designation.type';
import { HandlingPrecautionsType } from './handling-precautions.type';
import { PrecautionAcknowledgementType } from './precaution-acknowledgement.type';

export const HANDLER_DESIGNATION = 'HandlerDesignation';
export const HANDLING_PRECAUTIONS = 'HandlingPrecautions';
export const PRECAUTION_ACKNOWLEDGEMENT = 'PrecautionAcknowledgement';

/** A designation belongs to its section and is about the handler (a handler reads their own: SELF). */
export function designationOwner(entity: HandlerDesignationEntity): RowOwner {
  return { sectionId: entity.sectionId, staffId: entity.staffId };
}

export function precautionsOwner(entity: HandlingPrecautionsEntity): RowOwner {
  return { sectionId: entity.sectionId };
}

export function acknowledgementOwner(entity: PrecautionAcknowledgementEntity): RowOwner {
  return { sectionId: entity.sectionId, staffId: entity.staffId };
}

/** Entity → GraphQL, field by field, with the caller's access to this row. */
export function toHandlerDesignationType(entity: HandlerDesignationEntity, access: FieldAccessMap): HandlerDesignationType {
  const d = new HandlerDesignationType();
  d.id = visibleValue(access['id'], toGlobalId(HANDLER_DESIGNATION, entity.id));
  d.title = visibleText(access['title'], entity.title);
  d.permissions = visibleValue(access['permissions'], [...entity.permissions]);
  d.designatedOn = visibleValue(access['designatedOn'], entity.designatedOn);
  d.designatedAt = visibleValue(access['designatedAt'], entity.designatedAt);
  d.revokedOn = visibleValue(access['revokedOn'], entity.revokedOn);
  d.revokedAt = visibleValue(access['revokedAt'], entity.revokedAt);
  d.inForce = visibleValue(access['inForce'], entity.inForce);
  d.version = visibleValue(access['version'], entity.version);
  d.staffRowId = canRead(access['staff']) ? entity.staffId : null;
  d.sectionRowId = canRead(access['section']) ? entity.sectionId : null;
  d.designatedByRowId = canRead(access['designatedBy']) ? entity.designatedById : null;
  d.revokedByRowId = canRead(access['revokedBy']) ? entity.revokedById : null;
  return d;
}

export function toHandlingPrecautionsType(entity: HandlingPrecautionsEntity, access: FieldAccessMap): HandlingPrecautionsType {
  const p = new HandlingPrecautionsType();
  p.id = visibleValue(access['id'], toGlobalId(HANDLING_PRECAUTIONS, entity.id));
  p.version = visibleValue(access['version'], entity.documentVersion);
  p.screenDisplay = visibleText(access['screenDisplay'], entity.screenDisplay);
  p.integrity = visibleText(access['integrity'], entity.integrity);
  p.searchAndExtract = visibleText(access['searchAndExtract'], entity.searchAndExtract);
  p.storageOnDisk = visibleText(access['storageOnDisk'], entity.storageOnDisk);
  p.printing = visibleText(access['printing'], entity.printing);
  p.contentHash = visibleText(access['contentHash'], entity.contentHash);
  p.current = visibleValue(access['current'], entity.current);
  p.publishedAt = visibleValue(access['publishedAt'], entity.publishedAt);
  p.supersededAt = visibleValue(access['supersededAt'], entity.supersededAt);
  p.sectionRowId = canRead(access['section']) ? entity.sectionId : null;
  p.publishedByRowId = canRead(access['publishedBy']) ? entity.publishedById : null;
  return p;
}

export function toPrecautionAcknowledgementType(entity: PrecautionAcknowledgementEntity, access: FieldAccessMap): PrecautionAcknowledgementType {
  const a = new PrecautionAcknowledgementType();
  a.id = visibleValue(access['id'], toGlobalId(PRECAUTION_ACKNOWLEDGEMENT, entity.id));
  a.version = visibleValue(access['version'], entity.documentVersion);
  a.contentHash = visibleText(access['contentHash'], entity.contentHash);
  a.acknowledgedAt = visibleValue(access['acknowledgedAt'], entity.acknowledgedAt);
  a.handlerRowId = canRead(access['handler']) ? entity.staffId : null;
  a.precautionsRowId = canRead(access['precautions']) ? entity.precautionsId : null;
  return a;
}
