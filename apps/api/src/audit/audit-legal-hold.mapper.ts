import type { AuditCheckpointEntity, AuditLegalHoldEntity } from '@juki/domain';
import { visibleText, visibleValue, type FieldAccessMap } from '../graphql/authorization/field-access';
import { toGlobalId } from '../graphql/relay/global-id';
import { AuditCheckpointType, AuditLegalHoldType } from './audit-legal-hold.type';

export const AUDIT_LEGAL_HOLD = 'AuditLegalHold';
export const AUDIT_CHECKPOINT = 'AuditCheckpoint';

const staffId = (id: string | null): string | null => (id === null ? null : toGlobalId('Staff', id));

export function toAuditLegalHoldType(entity: AuditLegalHoldEntity, access: FieldAccessMap): AuditLegalHoldType {
  const hold = new AuditLegalHoldType();
  hold.id = visibleValue(access['id'], toGlobalId(AUDIT_LEGAL_HOLD, entity.id));
  hold.caseReference = visibleText(access['caseReference'], entity.caseReference);
  hold.reason = visibleText(access['reason'], entity.reason);
  hold.coversFrom = visibleValue(access['coversFrom'], entity.coversFrom);
  hold.coversUntil = visibleValue(access['coversUntil'], entity.coversUntil);
  hold.recordType = visibleText(access['recordType'], entity.recordType);
  hold.inForce = visibleValue(access['inForce'], entity.inForce);
  hold.placedAt = visibleValue(access['placedAt'], entity.placedAt);
  hold.placedByStaffId = visibleValue(access['placedByStaffId'], staffId(entity.placedByStaffId));
  hold.releasedAt = visibleValue(access['releasedAt'], entity.releasedAt);
  hold.releasedByStaffId = visibleValue(access['releasedByStaffId'], staffId(entity.releasedByStaffId));
  hold.version = visibleValue(access['version'], entity.version);
  return hold;
}

export function toAuditCheckpointType(entity: AuditCheckpointEntity, access: FieldAccessMap): AuditCheckpointType {
  const checkpoint = new AuditCheckpointType();
  checkpoint.id = visibleValue(access['id'], toGlobalId(AUDIT_CHECKPOINT, entity.id));
  checkpoint.sequence = visibleValue(access['sequence'], entity.sequence);
  checkpoint.hash = visibleText(access['hash'], entity.hash);
  checkpoint.purgedCount = visibleValue(access['purgedCount'], entity.purgedCount);
  checkpoint.purgedBefore = visibleValue(access['purgedBefore'], entity.purgedBefore);
  checkpoint.createdAt = visibleValue(access['createdAt'], entity.createdAt);
  checkpoint.createdByStaffId = visibleValue(access['createdByStaffId'], staffId(entity.createdByStaffId));
  return checkpoint;
}
