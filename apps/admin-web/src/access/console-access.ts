import { fieldAccess, operationAllowed, rowScope, type FieldAccess, type Role } from '@juki/policies';

/**
 * What the console shows, decided by the permission matrix of @juki/policies (the same one the API
 * enforces) and the signed-in person's roles from `me`. Each page and action names the GraphQL root
 * operations it calls: it exists for a role only if the matrix lets that role call every one of them.
 * What a role may not see is absent — not in the navigation, not routed, not rendered — never disabled.
 */
export const CONSOLE_RESOURCES = [
  'dashboard',
  'operator-id-cards',
  'logon-events',
  'audit-events',
  'api-clients',
  'rules',
  'resident-cards',
  'pin-check',
  'pin-guidance',
  'notifications',
  'compliance',
  'printed-forms',
  'form-inventory',
  'handlers',
  'handling-precautions',
] as const;
export type ConsoleResource = (typeof CONSOLE_RESOURCES)[number];

export type ConsoleAction =
  | 'list'
  | 'verify'
  | 'create'
  | 'revoke'
  // resident cards (第10条の2, 第10条の3), PIN guidance (第10条の4), notifications (第10条の2第2項)
  | 'receive'
  | 'move'
  | 'stock-take'
  | 'report-loss'
  | 'dispose'
  | 'movements'
  | 'stock-takes'
  | 'loss-reports'
  | 'disposals'
  | 'overdue'
  | 'stock-csv'
  | 'movements-csv'
  | 'disposals-csv'
  | 'csv'
  | 'mark-read'
  // printed forms (第10条), handlers and precautions (第8条, 第9条)
  | 'export'
  | 'store'
  | 'designate'
  | 'unacknowledged'
  | 'publish'
  | 'acknowledge';

export const RESOURCE_OPERATIONS: Readonly<Record<ConsoleResource, Readonly<Partial<Record<ConsoleAction, readonly string[]>>>>> = {
  dashboard: { list: ['Query.me'] },
  'operator-id-cards': { list: ['Query.operatorIdCards'] },
  'logon-events': { list: ['Query.logonEvents'] },
  'audit-events': { list: ['Query.auditEvents'], verify: ['Query.verifyAuditChain'] },
  'api-clients': {
    list: ['Query.apiClients'],
    create: ['Mutation.createApiClient', 'Query.organisationUnits'],
    revoke: ['Mutation.revokeApiClient'],
  },
  rules: { list: ['Query.ruleCatalogue'] },
  'resident-cards': {
    list: ['Query.residentCardStock', 'Query.residentCards'],
    receive: ['Mutation.receiveResidentCards', 'Query.storagePlaces'],
    move: ['Mutation.recordCardMovement', 'Query.storagePlaces'],
    'stock-take': ['Mutation.recordCardStockTake', 'Query.storagePlaces'],
    'report-loss': ['Mutation.reportResidentCardLost'],
    dispose: ['Mutation.disposeResidentCard'],
    movements: ['Query.cardMovements'],
    'stock-takes': ['Query.cardStockTakes'],
    'loss-reports': ['Query.cardLossReports'],
    disposals: ['Query.cardDisposals'],
    overdue: ['Query.overdueResidentCards'],
    'stock-csv': ['Query.residentCardStockCsv'],
    'movements-csv': ['Query.cardMovementsCsv'],
    'disposals-csv': ['Query.cardDisposalsCsv'],
  },
  'pin-check': { list: ['Query.checkPin'] },
  'pin-guidance': { list: ['Query.pinGuidanceRecords'], create: ['Mutation.recordPinGuidance'], csv: ['Query.pinGuidanceRecordsCsv'] },
  notifications: { list: ['Query.notifications', 'Query.unreadNotificationCount'], 'mark-read': ['Mutation.markNotificationsRead'] },
  // 第6条第3項第2号: the report with its drill-down, and its CSV for the security council.
  compliance: { list: ['Query.complianceReport', 'Query.complianceCheck'], csv: ['Query.complianceReportCsv'] },
  // 第10条: the printed-form ledger.
  'printed-forms': {
    list: ['Query.printedFormOutputs', 'Query.node'],
    export: ['Query.printedFormOutputsCsv'],
    create: ['Mutation.recordFormOutput'],
    store: ['Mutation.storeForms', 'Query.storagePlaces'],
    move: ['Mutation.moveForms', 'Query.storagePlaces'],
    dispose: ['Mutation.disposeForms', 'Query.storagePlaces'],
    overdue: ['Query.printedFormsOverdue'],
  },
  'form-inventory': { list: ['Query.formInventory'], overdue: ['Query.printedFormsOverdue'] },
  // 第8条・第12条第7号: the handler ledger; 第9条: handling precautions and their acknowledgement.
  handlers: {
    list: ['Query.handlerDesignations'],
    export: ['Query.handlerLedgerCsv'],
    designate: ['Mutation.designateHandler', 'Query.staff'],
    revoke: ['Mutation.revokeHandlerDesignation'],
    unacknowledged: ['Query.handlersNotAcknowledged'],
  },
  'handling-precautions': {
    list: ['Query.handlingPrecautions'],
    publish: ['Mutation.publishHandlingPrecautions'],
    acknowledge: ['Mutation.acknowledgeHandlingPrecautions', 'Query.handlersNotAcknowledged'],
  },
};

export function isConsoleResource(value: string | undefined): value is ConsoleResource {
  return value !== undefined && (CONSOLE_RESOURCES as readonly string[]).includes(value);
}

/** Whether a person holding `roles` may use `action` on `resource` (unknown resource or action: no). */
export function canAccess(roles: readonly Role[], resource: string | undefined, action: string): boolean {
  if (!isConsoleResource(resource)) return false;
  const operations = (RESOURCE_OPERATIONS[resource] as Partial<Record<string, readonly string[]>>)[action];
  return operations !== undefined && operations.every((operation) => operationAllowed(operation, roles));
}

/** The best access any of the roles has to `type.field` (a person acts in all their roles at once). */
export function bestFieldAccess(roles: readonly Role[], type: string, field: string): FieldAccess {
  const order: readonly FieldAccess[] = ['DENIED', 'MASKED', 'READ', 'WRITE'];
  return roles.reduce<FieldAccess>((best, role) => {
    const access = fieldAccess(role, type, field);
    return order.indexOf(access) > order.indexOf(best) ? access : best;
  }, 'DENIED');
}

/** Columns (or fields of a detail) whose matrix field is readable, masked or not, by one of the roles. */
export function visibleColumns<C extends { readonly field: string }>(roles: readonly Role[], type: string, columns: readonly C[]): C[] {
  return columns.filter((column) => bestFieldAccess(roles, type, column.field) !== 'DENIED');
}

/**
 * Whether one of the roles may write `type` at all (its write scope in the matrix). Some operations are open
 * to all staff because the API itself decides by the record (e.g. only the security officer of the section
 * designates a handler, 第8条): the console offers them only to the roles the matrix lets write the record.
 */
export function writesRecord(roles: readonly Role[], type: string): boolean {
  return roles.some((role) => rowScope(role, type, 'write') !== undefined);
}

/** Whether one of the roles reads `type` city-wide (and so may filter by section). */
export function readsCityWide(roles: readonly Role[], type: string): boolean {
  return roles.some((role) => rowScope(role, type, 'read') === 'CITY');
}

/** Whether one of the roles reads rows of `type` beyond their own (their section's, or city-wide). */
export function readsBeyondSelf(roles: readonly Role[], type: string): boolean {
  return roles.some((role) => {
    const scope = rowScope(role, type, 'read');
    return scope === 'CITY' || scope === 'OWN_SECTION';
  });
}

/** Whether one of the roles reads rows of `type` at all. */
export function readsRecord(roles: readonly Role[], type: string): boolean {
  return roles.some((role) => rowScope(role, type, 'read') !== undefined);
}

const RECORDED_TYPES = ['PrintedFormOutput', 'FormStorage', 'FormMove', 'FormDisposal'] as const;

/**
 * Operations (by generated name) that the console runs only for some of the roles the operation matrix lets
 * call them: `node` for a record type only for those who read that type, the recorders of the form ledger
 * only for those who may read those people (hidden from a handler), and the mutations open to all staff only
 * for those who write the record (the API refuses anyone else by the record, 第8条・第9条). The pages use the
 * same gates, and the operations-against-the-matrix spec checks each operation for the roles its gate lets in.
 */
export const OPERATION_GATES: Readonly<Record<string, (roles: readonly Role[]) => boolean>> = {
  PrintedFormOutput: (roles) => readsRecord(roles, 'PrintedFormOutput'),
  PrintedFormRecorders: (roles) => RECORDED_TYPES.every((type) => bestFieldAccess(roles, type, 'recordedBy') !== 'DENIED'),
  DesignateHandler: (roles) => writesRecord(roles, 'HandlerDesignation'),
  RevokeHandlerDesignation: (roles) => writesRecord(roles, 'HandlerDesignation'),
  PublishHandlingPrecautions: (roles) => writesRecord(roles, 'HandlingPrecautions'),
  AcknowledgeHandlingPrecautions: (roles) => writesRecord(roles, 'PrecautionAcknowledgement'),
};

/** Whether the console runs the generated operation `name` for a person holding `roles` (ungated: yes). */
export function operationGateOpen(roles: readonly Role[], name: string): boolean {
  const gate = Object.prototype.hasOwnProperty.call(OPERATION_GATES, name) ? OPERATION_GATES[name] : undefined;
  return gate === undefined || gate(roles);
}
