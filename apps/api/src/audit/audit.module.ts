import { AuditChainHeadEntity, AuditCheckpointEntity, AuditEventEntity, AuditLegalHoldEntity } from '@juki/domain';
import type { ApiModule } from '../api-module';
import { AuditChainResolver, loadAuditCheckpoint } from './audit-chain.resolver';
import { AUDIT_EVENT } from './audit-event.mapper';
import { AuditEventsResolver, loadAuditEvent } from './audit-events.resolver';
import { AUDIT_CHECKPOINT, AUDIT_LEGAL_HOLD } from './audit-legal-hold.mapper';
import { AuditLegalHoldsResolver, loadAuditLegalHold } from './audit-legal-holds.resolver';

/** The operation history of 第19条第1項: hash-chained audit events, verification, purge and legal holds. */
export const AUDIT_MODULE: ApiModule = {
  name: 'audit',
  entities: [AuditEventEntity, AuditChainHeadEntity, AuditCheckpointEntity, AuditLegalHoldEntity],
  resolvers: [AuditEventsResolver, AuditChainResolver, AuditLegalHoldsResolver],
  nodes: [
    { typeName: AUDIT_EVENT, load: (context, id) => loadAuditEvent(context, id) },
    { typeName: AUDIT_LEGAL_HOLD, load: (context, id) => loadAuditLegalHold(context, id) },
    { typeName: AUDIT_CHECKPOINT, load: (context, id) => loadAuditCheckpoint(context, id) },
  ],
};
