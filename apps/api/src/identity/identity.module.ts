import { CredentialEntity, LogonEventEntity, OperatorIdCardEntity, PasswordHistoryEntity, RoleAssignmentEntity, SessionEntity, StaffEntity } from '@juki/domain';
import type { ApiModule } from '../api-module';
import { IdentityListsResolver, LogonEventResolver } from './identity-lists.resolver';
import { LOGON_EVENT } from './logon-event.mapper';
import { loadLogonEvent } from './logon-event.loader';
import { OPERATOR_ID_CARD } from './operator-id-card.mapper';
import { loadOperatorIdCard, OperatorIdCardLossReportResolver, OperatorIdCardResolver } from './operator-id-card.resolver';
import { SessionResolver } from './session.resolver';
import { STAFF } from './staff.mapper';
import { loadStaff, StaffResolver } from './staff.resolver';

/**
 * Identity: staff and role assignments (第2章, 第19条第2項), operator ID cards (第20条), credentials
 * (第21条), sign-in, sessions and logon history (第19条第1項, 第19条の2第2項).
 */
export const IDENTITY_MODULE: ApiModule = {
  name: 'identity',
  entities: [StaffEntity, RoleAssignmentEntity, OperatorIdCardEntity, CredentialEntity, PasswordHistoryEntity, SessionEntity, LogonEventEntity],
  resolvers: [SessionResolver, StaffResolver, OperatorIdCardResolver, OperatorIdCardLossReportResolver, IdentityListsResolver, LogonEventResolver],
  nodes: [
    { typeName: STAFF, load: (context, id) => loadStaff(context, id) },
    { typeName: OPERATOR_ID_CARD, load: (context, id) => loadOperatorIdCard(context, id) },
    { typeName: LOGON_EVENT, load: (context, id) => loadLogonEvent(context, id) },
  ],
};
