import { connectionTypes } from '../graphql/connections/connection.types';
import { AuditEventType } from './audit-event.type';

export const { connection: AuditEventConnection, edge: AuditEventEdge } = connectionTypes('AuditEvent', AuditEventType);
