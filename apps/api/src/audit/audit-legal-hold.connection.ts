import { connectionTypes } from '../graphql/connections/connection.types';
import { AuditLegalHoldType } from './audit-legal-hold.type';

export const { connection: AuditLegalHoldConnection, edge: AuditLegalHoldEdge } = connectionTypes('AuditLegalHold', AuditLegalHoldType);
