import { connectionTypes } from '../graphql/connections/connection.types';
import { LogonEventType } from './logon-event.type';
import { OperatorIdCardType } from './operator-id-card.type';
import { StaffType } from './staff.type';

export const { connection: StaffConnection, edge: StaffEdge } = connectionTypes('Staff', StaffType);
export const { connection: OperatorIdCardConnection, edge: OperatorIdCardEdge } = connectionTypes('OperatorIdCard', OperatorIdCardType);
export const { connection: LogonEventConnection, edge: LogonEventEdge } = connectionTypes('LogonEvent', LogonEventType);
