/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Who acted: a staff member (by ID card and password), a ward system (by API token), or nobody signed in. */
export type AuditActorKind =
  | 'ANONYMOUS'
  | 'API_CLIENT'
  | 'STAFF';

/** Why a link of the operation-history chain is broken (see verifyAuditChain). */
export type AuditChainBreakReason =
  /** An event differs from a hash written down earlier outside the database. */
  | 'ANCHOR_MISMATCH'
  /** The first event after a purge does not continue the purge checkpoint. */
  | 'CHECKPOINT_MISMATCH'
  /** The event is not what its hash sealed (a field changed, contents swapped). */
  | 'HASH_MISMATCH'
  /** The chain does not end where its head says (events removed from or added at the end). */
  | 'HEAD_MISMATCH'
  /** The event is intact but does not follow the previous one (which was changed and re-sealed). */
  | 'PREVIOUS_HASH_MISMATCH'
  /** The sequence does not follow the previous event (an event deleted, moved or inserted). */
  | 'SEQUENCE_GAP';

/** SUCCESS: done; DENIED: refused for lack of permission; FAILED: refused or failed for another reason. */
export type AuditOutcome =
  | 'DENIED'
  | 'FAILED'
  | 'SUCCESS';

/** How a card was disposed of (第10条の3第3号 焼却、溶解、裁断等; OTHER needs a description). Methods of other media are refused. */
export type CardDisposalMethod =
  | 'DISSOLVING'
  | 'INCINERATION'
  | 'OTHER'
  | 'PHYSICAL_DESTRUCTION'
  | 'SHREDDING'
  | 'SOFTWARE_OVERWRITE';

/** The reasons of 第10条の3: issuance failure (initial-data write or face print), application cancelled, card abolished. */
export type CardDisposalReason =
  | 'APPLICATION_CANCELLED'
  | 'CARD_ABOLISHED'
  | 'FACE_PRINT_FAILURE'
  | 'INITIAL_DATA_WRITE_FAILURE';

/** What happened to a resident card (受払, 第10条の2第1項). */
export type CardMovementKind =
  | 'DISPOSED'
  | 'ISSUED'
  | 'MOVED_TO_DISPOSAL'
  | 'PRINTED'
  | 'RECEIVED'
  | 'REPORTED_LOST'
  | 'REPORTED_STOLEN'
  | 'SPOILED'
  | 'TRANSFERRED';

export type CardStockTakeCountInput = {
  /** The number of cards found in that state. */
  counted: number;
  state: ResidentCardState;
};

/** COMPLIANT (no offending record), VIOLATION (see count and offenders) or NOT_EVALUABLE (see reason). */
export type ComplianceStatus =
  | 'COMPLIANT'
  | 'NOT_EVALUABLE'
  | 'VIOLATION';

/** The language of a CSV export’s header row (Japanese by default). */
export type CsvLanguage =
  | 'en'
  | 'ja';

/** ACTIVE, or no longer an operator (第20条第1項). */
export type EmploymentStatus =
  | 'ACTIVE'
  | 'RETIRED'
  | 'TRANSFERRED';

/** One line of a breakdown (内訳). */
export type FormBreakdownLineInput = {
  label: string;
  quantity: number;
};

/** How printed forms are disposed of (第10条第3項: 焼却・溶解・裁断). */
export type FormDisposalMethod =
  | 'DISSOLVING'
  | 'INCINERATION'
  | 'SHREDDING';

/** STORE: copies put in a place; MOVE: copies moved between places (第10条第2項). */
export type FormMoveKind =
  | 'MOVE'
  | 'STORE';

/** The life cycle of an output record (第10条): OUTPUT (recorded), STORED, PARTLY_DISPOSED, DISPOSED (final). */
export type FormStatus =
  | 'DISPOSED'
  | 'OUTPUT'
  | 'PARTLY_DISPOSED'
  | 'STORED';

/** What a handler may do with identity information (第12条第7号). */
export type HandlerPermission =
  | 'CARD_ISSUANCE'
  | 'INQUIRY'
  | 'PRINT_FORMS'
  | 'SEARCH_EXTRACT'
  | 'UPDATE';

/** What became of a sign-in attempt (第19条の2第2項). */
export type LogonOutcome =
  | 'BAD_CREDENTIALS'
  | 'CARD_INACTIVE'
  | 'LOCKED'
  | 'PASSWORD_EXPIRED'
  | 'RATE_LIMITED'
  | 'SUCCESS';

/** What a notification reports (第10条の2第2項: CARD_LOST / CARD_STOLEN, reported to the system officer at once). */
export type NotificationKind =
  | 'CARD_LOST'
  | 'CARD_STOLEN'
  | 'STOCK_DIFFERENCE';

/** The states of an operator ID card (第20条). */
export type OperatorIdCardStatus =
  | 'ACTIVE'
  | 'ISSUED'
  | 'LOST'
  | 'RETURNED'
  | 'REVOKED'
  | 'STOLEN';

/** The order of output records (then by id); `last:` pages from the end. */
export type PrintedFormSort =
  | 'KEEP_UNTIL'
  | 'OUTPUT_DATE'
  | 'RECORDED_AT';

/** The movements recorded with recordCardMovement (receipt, disposal and loss have their own mutations). */
export type RecordableCardMovement =
  | 'ISSUED'
  | 'MOVED_TO_DISPOSAL'
  | 'PRINTED'
  | 'SPOILED'
  | 'TRANSFERRED';

/** Lost or stolen (第10条の2第2項). */
export type ResidentCardLossKind =
  | 'LOST'
  | 'STOLEN';

/** The life-cycle state of a resident card (第10条の2, 第10条の3): BLANK, PRINTED, ISSUED, AWAITING_DISPOSAL, DISPOSED, LOST, STOLEN. */
export type ResidentCardState =
  | 'AWAITING_DISPOSAL'
  | 'BLANK'
  | 'DISPOSED'
  | 'ISSUED'
  | 'LOST'
  | 'PRINTED'
  | 'STOLEN';

/** A role of 第2章 (code name; labels are in the rule catalogue). */
export type Role =
  | 'AUDITOR'
  | 'DEPUTY_ADMINISTRATOR'
  | 'HANDLER'
  | 'INTEGRATION'
  | 'IT_DIVISION_HEAD'
  | 'SECURITY_OFFICER'
  | 'SYSTEM_ADMINISTRATOR'
  | 'SYSTEM_OFFICER';

export type ApiClientsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ApiClientsQuery = { apiClients: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, name: string | null, scopes: Array<string> | null, createdAt: string | null, lastUsedAt: string | null, revokedAt: string | null, section: { id: string, name: string, nameEn: string } | null } }> } };

export type CreateApiClientMutationVariables = Exact<{
  name: string;
  sectionId: string | number;
  scopes: Array<string> | string;
}>;


export type CreateApiClientMutation = { createApiClient: { id: string, token: string, apiClient: { id: string, name: string | null } } };

export type RevokeApiClientMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiClientMutation = { revokeApiClient: { id: string, revokedAt: string | null } };

export type JukiNetSectionsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type JukiNetSectionsQuery = { organisationUnits: { pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, code: string, name: string, nameEn: string, usesJukiNet: boolean } }> } };

export type AuditEventsQueryVariables = Exact<{
  last: number;
  before?: string | null | undefined;
  outcome?: AuditOutcome | null | undefined;
  operation?: string | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, pageInfo: { startCursor: string | null, hasPreviousPage: boolean }, edges: Array<{ node: { id: string, sequence: number, occurredAt: string, actorKind: AuditActorKind, actorRoles: Array<string>, operation: string, recordType: string | null, outcome: AuditOutcome, source: string | null, hash: string } }> } };

export type VerifyAuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAuditChainQuery = { verifyAuditChain: { ok: boolean, checked: number, checkpointSequence: number | null, verifiedThroughSequence: number | null, verifiedThroughHash: string | null, firstBrokenAt: { sequence: number, reason: AuditChainBreakReason, eventId: string | null } | null } };

export type ResidentCardStockQueryVariables = Exact<{
  sectionId?: string | number | null | undefined;
}>;


export type ResidentCardStockQuery = { residentCardStock: Array<{ sectionId: string, sectionName: string, placeId: string, placeName: string, state: ResidentCardState, count: number }> };

export type ResidentCardsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  sectionId?: string | number | null | undefined;
  placeId?: string | number | null | undefined;
  state?: ResidentCardState | null | undefined;
}>;


export type ResidentCardsQuery = { residentCards: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, serial: string | null, state: ResidentCardState | null, placeId: string | null, placeName: string | null, disposalReason: CardDisposalReason | null, awaitingDisposalSince: string | null, disposalDueOn: string | null, daysOverdue: number | null, receivedAt: string | null, version: number | null, section: { id: string, name: string, nameEn: string } | null } }> } };

export type ResidentCardFieldsFragment = { id: string, serial: string | null, state: ResidentCardState | null, placeId: string | null, placeName: string | null, disposalReason: CardDisposalReason | null, awaitingDisposalSince: string | null, disposalDueOn: string | null, daysOverdue: number | null, receivedAt: string | null, version: number | null, section: { id: string, name: string, nameEn: string } | null };

export type OverdueResidentCardsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type OverdueResidentCardsQuery = { overdueResidentCards: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, serial: string | null, state: ResidentCardState | null, placeId: string | null, placeName: string | null, disposalReason: CardDisposalReason | null, awaitingDisposalSince: string | null, disposalDueOn: string | null, daysOverdue: number | null, receivedAt: string | null, version: number | null, section: { id: string, name: string, nameEn: string } | null } }> } };

export type CardMovementsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  cardId?: string | number | null | undefined;
}>;


export type CardMovementsQuery = { cardMovements: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, cardSerial: string | null, kind: CardMovementKind | null, fromState: ResidentCardState | null, toState: ResidentCardState | null, fromPlaceName: string | null, placeName: string | null, reason: CardDisposalReason | null, occurredAt: string | null, section: { id: string, name: string, nameEn: string } | null } }> } };

export type CardStockTakesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CardStockTakesQuery = { cardStockTakes: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, placeName: string | null, state: ResidentCardState | null, countedOn: string | null, counted: number | null, derived: number | null, difference: number | null, recordedAt: string | null, section: { id: string, name: string, nameEn: string } | null } }> } };

export type CardLossReportsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CardLossReportsQuery = { cardLossReports: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, cardSerial: string | null, kind: ResidentCardLossKind | null, placeName: string | null, discoveredAt: string | null, circumstances: string | null, reportedAt: string | null, section: { id: string, name: string, nameEn: string } | null } }> } };

export type CardDisposalsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CardDisposalsQuery = { cardDisposals: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, cardSerial: string | null, reason: CardDisposalReason | null, method: CardDisposalMethod | null, methodDescription: string | null, icChipDestroyed: boolean | null, performer: string | null, witness: string | null, awaitingSince: string | null, disposedOn: string | null, daysLate: number | null, placeName: string | null, section: { id: string, name: string, nameEn: string } | null } }> } };

export type CardStoragePlacesQueryVariables = Exact<{
  sectionId?: string | number | null | undefined;
}>;


export type CardStoragePlacesQuery = { storagePlaces: { edges: Array<{ node: { id: string, name: string | null, section: { id: string, name: string, nameEn: string } | null } }> } };

export type ResidentCardStockCsvQueryVariables = Exact<{
  language?: CsvLanguage | null | undefined;
}>;


export type ResidentCardStockCsvQuery = { residentCardStockCsv: { fileName: string, content: string } };

export type CardMovementsCsvQueryVariables = Exact<{
  language?: CsvLanguage | null | undefined;
}>;


export type CardMovementsCsvQuery = { cardMovementsCsv: { fileName: string, content: string } };

export type CardDisposalsCsvQueryVariables = Exact<{
  language?: CsvLanguage | null | undefined;
}>;


export type CardDisposalsCsvQuery = { cardDisposalsCsv: { fileName: string, content: string } };

export type ReceiveResidentCardsMutationVariables = Exact<{
  placeId: string | number;
  serials: Array<string> | string;
}>;


export type ReceiveResidentCardsMutation = { receiveResidentCards: Array<{ id: string, serial: string | null }> };

export type RecordCardMovementMutationVariables = Exact<{
  cardId: string | number;
  kind: RecordableCardMovement;
  version: number;
  reason?: CardDisposalReason | null | undefined;
  toPlaceId?: string | number | null | undefined;
}>;


export type RecordCardMovementMutation = { recordCardMovement: { id: string, kind: CardMovementKind | null, toState: ResidentCardState | null } };

export type RecordCardStockTakeMutationVariables = Exact<{
  placeId: string | number;
  countedOn: string;
  counts: Array<CardStockTakeCountInput> | CardStockTakeCountInput;
}>;


export type RecordCardStockTakeMutation = { recordCardStockTake: Array<{ id: string, state: ResidentCardState | null, counted: number | null, derived: number | null, difference: number | null }> };

export type ReportResidentCardLostMutationVariables = Exact<{
  cardId: string | number;
  kind: ResidentCardLossKind;
  discoveredAt: string;
  circumstances: string;
  version: number;
}>;


export type ReportResidentCardLostMutation = { reportResidentCardLost: { id: string, kind: ResidentCardLossKind | null } };

export type DisposeResidentCardMutationVariables = Exact<{
  cardId: string | number;
  version: number;
  method: CardDisposalMethod;
  methodDescription?: string | null | undefined;
  icChipDestroyed: boolean;
  performer: string;
  witness: string;
  disposedOn: string;
}>;


export type DisposeResidentCardMutation = { disposeResidentCard: { id: string, daysLate: number | null } };

export type ComplianceReportQueryVariables = Exact<{
  asOf?: string | null | undefined;
  offendersFirst?: number | null | undefined;
}>;


export type ComplianceReportQuery = { complianceReport: Array<{ id: string | null, checkId: string | null, article: string | null, chapter: string | null, status: ComplianceStatus | null, count: number | null, asOf: string | null, profileId: string | null, title: { ja: string, en: string } | null, compliant: { ja: string, en: string } | null, reason: { code: string, message: { ja: string, en: string } } | null, offenders: { hasNextPage: boolean, endCursor: string | null, items: Array<{ cursor: string, recordType: string, recordId: string | null, description: { ja: string, en: string } }> } | null }> };

export type ComplianceCheckOffendersQueryVariables = Exact<{
  checkId: string;
  asOf?: string | null | undefined;
  offendersFirst?: number | null | undefined;
  offendersAfter?: string | null | undefined;
}>;


export type ComplianceCheckOffendersQuery = { complianceCheck: { id: string | null, checkId: string | null, status: ComplianceStatus | null, count: number | null, offenders: { hasNextPage: boolean, endCursor: string | null, items: Array<{ cursor: string, recordType: string, recordId: string | null, description: { ja: string, en: string } }> } | null } };

export type ComplianceReportCsvQueryVariables = Exact<{
  asOf?: string | null | undefined;
  language?: CsvLanguage | null | undefined;
}>;


export type ComplianceReportCsvQuery = { complianceReportCsv: { fileName: string, contentType: string, rowCount: number, content: string } };

export type OperatorIdCardsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: OperatorIdCardStatus | null | undefined;
}>;


export type OperatorIdCardsQuery = { operatorIdCards: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, cardNumber: string | null, status: OperatorIdCardStatus | null, issuedAt: string | null, lostReportedAt: string | null, revokedAt: string | null, holder: { id: string, name: string | null, employeeNumber: string | null } | null } }> } };

export type LogonEventsQueryVariables = Exact<{
  last: number;
  before?: string | null | undefined;
  outcome?: LogonOutcome | null | undefined;
}>;


export type LogonEventsQuery = { logonEvents: { totalCount: number, pageInfo: { startCursor: string | null, hasPreviousPage: boolean }, edges: Array<{ node: { id: string, occurredAt: string | null, cardNumber: string | null, outcome: LogonOutcome | null, sourceAddress: string | null, staff: { id: string, name: string | null } | null } }> } };

export type PrintedFormOutputsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  orderBy?: PrintedFormSort | null | undefined;
  status?: Array<FormStatus> | FormStatus | null | undefined;
  outputDateFrom?: string | null | undefined;
  outputDateTo?: string | null | undefined;
  sectionId?: string | number | null | undefined;
}>;


export type PrintedFormOutputsQuery = { printedFormOutputs: { totalCount: number, pageInfo: { startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean }, edges: Array<{ node: { id: string, formName: string | null, outputDate: string | null, purpose: string | null, requester: string | null, quantity: number | null, keepUntil: string | null, status: FormStatus | null, storedQuantity: number | null, disposedQuantity: number | null, disposalDueDate: string | null, daysOverdue: number | null, version: number | null, section: { id: string, name: string, nameEn: string } | null } }> } };

export type PrintedFormRowFragment = { id: string, formName: string | null, outputDate: string | null, purpose: string | null, requester: string | null, quantity: number | null, keepUntil: string | null, status: FormStatus | null, storedQuantity: number | null, disposedQuantity: number | null, disposalDueDate: string | null, daysOverdue: number | null, version: number | null, section: { id: string, name: string, nameEn: string } | null };

export type PrintedFormOutputsCsvQueryVariables = Exact<{
  language?: CsvLanguage | null | undefined;
  orderBy?: PrintedFormSort | null | undefined;
  status?: Array<FormStatus> | FormStatus | null | undefined;
  outputDateFrom?: string | null | undefined;
  outputDateTo?: string | null | undefined;
  sectionId?: string | number | null | undefined;
}>;


export type PrintedFormOutputsCsvQuery = { printedFormOutputsCsv: { fileName: string, content: string } };

export type PrintedFormsOverdueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  sectionId?: string | number | null | undefined;
}>;


export type PrintedFormsOverdueQuery = { printedFormsOverdue: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, formName: string | null, outputDate: string | null, purpose: string | null, requester: string | null, quantity: number | null, keepUntil: string | null, status: FormStatus | null, storedQuantity: number | null, disposedQuantity: number | null, disposalDueDate: string | null, daysOverdue: number | null, version: number | null, section: { id: string, name: string, nameEn: string } | null } }> } };

export type PrintedFormOutputQueryVariables = Exact<{
  id: string | number;
}>;


export type PrintedFormOutputQuery = { node:
    | { notes: string | null, recordedAt: string | null, id: string, formName: string | null, outputDate: string | null, purpose: string | null, requester: string | null, quantity: number | null, keepUntil: string | null, status: FormStatus | null, storedQuantity: number | null, disposedQuantity: number | null, disposalDueDate: string | null, daysOverdue: number | null, version: number | null, storages: Array<{ id: string, quantity: number | null, storedOn: string | null, version: number | null, breakdown: Array<{ label: string, quantity: number }> | null, place: { id: string, name: string | null } | null }> | null, moves: Array<{ id: string, kind: FormMoveKind | null, movedOn: string | null, quantity: number | null, recordedAt: string | null, fromPlace: { id: string, name: string | null } | null, toPlace: { id: string, name: string | null } | null }> | null, disposals: Array<{ id: string, disposedOn: string | null, quantity: number | null, method: FormDisposalMethod | null, performer: string | null, witness: string | null, placeQuantityBefore: number | null, storedBefore: number | null, disposedBefore: number | null, recordedAt: string | null, place: { id: string, name: string | null } | null }> | null, section: { id: string, name: string, nameEn: string } | null }
    | Record<PropertyKey, never>
   | null };

export type PrintedFormRecordersQueryVariables = Exact<{
  id: string | number;
}>;


export type PrintedFormRecordersQuery = { node:
    | { id: string, recordedBy: { id: string, name: string | null } | null, storages: Array<{ id: string, recordedBy: { id: string, name: string | null } | null }> | null, moves: Array<{ id: string, recordedBy: { id: string, name: string | null } | null }> | null, disposals: Array<{ id: string, recordedBy: { id: string, name: string | null } | null }> | null }
    | Record<PropertyKey, never>
   | null };

export type FormStoragePlacesQueryVariables = Exact<{
  sectionId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type FormStoragePlacesQuery = { storagePlaces: { pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, name: string | null, location: string | null, lockable: boolean | null, section: { id: string } | null } }> } };

export type FormInventoryQueryVariables = Exact<{
  sectionId?: string | number | null | undefined;
  placeId?: string | number | null | undefined;
}>;


export type FormInventoryQuery = { formInventory: { quantity: number, truncated: boolean, places: Array<{ quantity: number, outputCount: number, place: { id: string, name: string | null, location: string | null, section: { id: string, name: string, nameEn: string } | null } | null, storages: Array<{ id: string, quantity: number | null, breakdown: Array<{ label: string, quantity: number }> | null, output: { id: string, formName: string | null, keepUntil: string | null } | null }> }> } };

export type FormSectionsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type FormSectionsQuery = { organisationUnits: { pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, name: string, nameEn: string, usesJukiNet: boolean } }> } };

export type RecordFormOutputMutationVariables = Exact<{
  sectionId: string | number;
  formName: string;
  outputDate: string;
  purpose: string;
  requester: string;
  quantity: number;
  keepUntil: string;
  notes?: string | null | undefined;
}>;


export type RecordFormOutputMutation = { recordFormOutput: { id: string } };

export type StoreFormsMutationVariables = Exact<{
  outputId: string | number;
  placeId: string | number;
  quantity: number;
  storedOn: string;
  version: number;
  breakdown?: Array<FormBreakdownLineInput> | FormBreakdownLineInput | null | undefined;
}>;


export type StoreFormsMutation = { storeForms: { id: string, version: number | null } };

export type MoveFormsMutationVariables = Exact<{
  outputId: string | number;
  fromPlaceId: string | number;
  toPlaceId: string | number;
  quantity: number;
  movedOn: string;
  version: number;
}>;


export type MoveFormsMutation = { moveForms: { id: string, version: number | null } };

export type DisposeFormsMutationVariables = Exact<{
  outputId: string | number;
  placeId: string | number;
  quantity: number;
  method: FormDisposalMethod;
  disposedOn: string;
  performer: string;
  witness: string;
  version: number;
}>;


export type DisposeFormsMutation = { disposeForms: { id: string, version: number | null } };

export type HandlerDesignationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  inForce?: boolean | null | undefined;
  sectionId?: string | number | null | undefined;
}>;


export type HandlerDesignationsQuery = { handlerDesignations: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, title: string | null, permissions: Array<HandlerPermission> | null, designatedOn: string | null, revokedOn: string | null, inForce: boolean | null, version: number | null, section: { id: string, name: string, nameEn: string } | null, staff: { id: string, name: string | null } | null } }> } };

export type HandlerDesignationRowFragment = { id: string, title: string | null, permissions: Array<HandlerPermission> | null, designatedOn: string | null, revokedOn: string | null, inForce: boolean | null, version: number | null, section: { id: string, name: string, nameEn: string } | null, staff: { id: string, name: string | null } | null };

export type HandlersNotAcknowledgedQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  sectionId?: string | number | null | undefined;
}>;


export type HandlersNotAcknowledgedQuery = { handlersNotAcknowledged: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, title: string | null, permissions: Array<HandlerPermission> | null, designatedOn: string | null, revokedOn: string | null, inForce: boolean | null, version: number | null, section: { id: string, name: string, nameEn: string } | null, staff: { id: string, name: string | null } | null } }> } };

export type HandlerLedgerCsvQueryVariables = Exact<{
  inForce?: boolean | null | undefined;
  sectionId?: string | number | null | undefined;
  language?: CsvLanguage | null | undefined;
}>;


export type HandlerLedgerCsvQuery = { handlerLedgerCsv: { fileName: string, content: string } };

export type SectionStaffQueryVariables = Exact<{
  sectionId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type SectionStaffQuery = { staff: { pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, name: string | null, title: string | null, employmentStatus: EmploymentStatus | null } }> } };

export type DesignateHandlerMutationVariables = Exact<{
  staffId: string | number;
  permissions: Array<HandlerPermission> | HandlerPermission;
}>;


export type DesignateHandlerMutation = { designateHandler: { id: string } };

export type RevokeHandlerDesignationMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type RevokeHandlerDesignationMutation = { revokeHandlerDesignation: { id: string, inForce: boolean | null } };

export type CurrentPrecautionsQueryVariables = Exact<{
  sectionId?: string | number | null | undefined;
}>;


export type CurrentPrecautionsQuery = { handlingPrecautions: { totalCount: number, edges: Array<{ node: { id: string, version: number | null, current: boolean | null, screenDisplay: string | null, integrity: string | null, searchAndExtract: string | null, storageOnDisk: string | null, printing: string | null, contentHash: string | null, publishedAt: string | null, section: { id: string, name: string, nameEn: string } | null } }> } };

export type PublishHandlingPrecautionsMutationVariables = Exact<{
  sectionId: string | number;
  expectedVersion: number;
  screenDisplay: string;
  integrity: string;
  searchAndExtract: string;
  storageOnDisk: string;
  printing: string;
}>;


export type PublishHandlingPrecautionsMutation = { publishHandlingPrecautions: { id: string, version: number | null } };

export type AcknowledgeHandlingPrecautionsMutationVariables = Exact<{
  precautionsId: string | number;
}>;


export type AcknowledgeHandlingPrecautionsMutation = { acknowledgeHandlingPrecautions: { id: string, version: number | null, acknowledgedAt: string | null } };

export type NotificationsQueryVariables = Exact<{
  first: number;
  unreadOnly?: boolean | null | undefined;
}>;


export type NotificationsQuery = { notifications: { totalCount: number, edges: Array<{ node: { id: string, kind: NotificationKind | null, createdAt: string | null, readAt: string | null, subject: { ja: string, en: string } | null, section: { id: string, name: string, nameEn: string } | null } }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: Array<{ id: string, readAt: string | null }> };

export type CheckPinQueryVariables = Exact<{
  pin: string;
  birthDate: string;
}>;


export type CheckPinQuery = { checkPin: { allowed: boolean, reasons: Array<string>, violations: Array<{ code: string, article: string, message: { ja: string, en: string } }> } };

export type RecordPinGuidanceMutationVariables = Exact<{
  sectionId: string | number;
  cardSerial: string;
  applicantEnteredPin: boolean;
  applicantInsertedCard: boolean;
}>;


export type RecordPinGuidanceMutation = { recordPinGuidance: { id: string, cardSerial: string | null } };

export type PinGuidanceRecordsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PinGuidanceRecordsQuery = { pinGuidanceRecords: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, cardSerial: string | null, applicantEnteredPin: boolean | null, applicantInsertedCard: boolean | null, recordedAt: string | null, section: { id: string, name: string, nameEn: string } | null } }> } };

export type PinGuidanceRecordsCsvQueryVariables = Exact<{
  language?: CsvLanguage | null | undefined;
}>;


export type PinGuidanceRecordsCsvQuery = { pinGuidanceRecordsCsv: { fileName: string, content: string } };

export type SignInMutationVariables = Exact<{
  idCardNumber: string;
  password: string;
}>;


export type SignInMutation = { signIn: { id: string, staffId: string, employeeNumber: string, name: string, nameKana: string, title: string, sectionId: string, sectionName: string, roles: Array<Role>, passwordChangeRequired: boolean, passwordExpiresAt: string, expiresAt: string, absoluteExpiresAt: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, staffId: string, employeeNumber: string, name: string, nameKana: string, title: string, sectionId: string, sectionName: string, roles: Array<Role>, passwordChangeRequired: boolean, passwordExpiresAt: string, expiresAt: string, absoluteExpiresAt: string } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: { id: string, staffId: string, employeeNumber: string, name: string, nameKana: string, title: string, sectionId: string, sectionName: string, roles: Array<Role>, passwordChangeRequired: boolean, passwordExpiresAt: string, expiresAt: string, absoluteExpiresAt: string } };

export type SessionFieldsFragment = { id: string, staffId: string, employeeNumber: string, name: string, nameKana: string, title: string, sectionId: string, sectionName: string, roles: Array<Role>, passwordChangeRequired: boolean, passwordExpiresAt: string, expiresAt: string, absoluteExpiresAt: string };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ResidentCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment ResidentCardFields on ResidentCard {
  id
  serial
  state
  placeId
  placeName
  disposalReason
  awaitingDisposalSince
  disposalDueOn
  daysOverdue
  receivedAt
  version
  section {
    id
    name
    nameEn
  }
}
    `, {"fragmentName":"ResidentCardFields"}) as unknown as TypedDocumentString<ResidentCardFieldsFragment, unknown>;
export const PrintedFormRowFragmentDoc = new TypedDocumentString(`
    fragment PrintedFormRow on PrintedFormOutput {
  id
  formName
  outputDate
  purpose
  requester
  quantity
  keepUntil
  status
  storedQuantity
  disposedQuantity
  disposalDueDate
  daysOverdue
  version
  section {
    id
    name
    nameEn
  }
}
    `, {"fragmentName":"PrintedFormRow"}) as unknown as TypedDocumentString<PrintedFormRowFragment, unknown>;
export const HandlerDesignationRowFragmentDoc = new TypedDocumentString(`
    fragment HandlerDesignationRow on HandlerDesignation {
  id
  title
  permissions
  designatedOn
  revokedOn
  inForce
  version
  section {
    id
    name
    nameEn
  }
  staff {
    id
    name
  }
}
    `, {"fragmentName":"HandlerDesignationRow"}) as unknown as TypedDocumentString<HandlerDesignationRowFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on Session {
  id
  staffId
  employeeNumber
  name
  nameKana
  title
  sectionId
  sectionName
  roles
  passwordChangeRequired
  passwordExpiresAt
  expiresAt
  absoluteExpiresAt
}
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const ApiClientsDocument = new TypedDocumentString(`
    query ApiClients($first: Int!, $after: String) {
  apiClients(first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        name
        scopes
        createdAt
        lastUsedAt
        revokedAt
        section {
          id
          name
          nameEn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiClientsQuery, ApiClientsQueryVariables>;
export const CreateApiClientDocument = new TypedDocumentString(`
    mutation CreateApiClient($name: String!, $sectionId: ID!, $scopes: [String!]!) {
  createApiClient(name: $name, sectionId: $sectionId, scopes: $scopes) {
    id
    token
    apiClient {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiClientMutation, CreateApiClientMutationVariables>;
export const RevokeApiClientDocument = new TypedDocumentString(`
    mutation RevokeApiClient($id: ID!) {
  revokeApiClient(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeApiClientMutation, RevokeApiClientMutationVariables>;
export const JukiNetSectionsDocument = new TypedDocumentString(`
    query JukiNetSections($after: String) {
  organisationUnits(first: 100, after: $after) {
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        code
        name
        nameEn
        usesJukiNet
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JukiNetSectionsQuery, JukiNetSectionsQueryVariables>;
export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($last: Int!, $before: String, $outcome: AuditOutcome, $operation: String) {
  auditEvents(
    last: $last
    before: $before
    outcome: $outcome
    operation: $operation
  ) {
    totalCount
    pageInfo {
      startCursor
      hasPreviousPage
    }
    edges {
      node {
        id
        sequence
        occurredAt
        actorKind
        actorRoles
        operation
        recordType
        outcome
        source
        hash
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const VerifyAuditChainDocument = new TypedDocumentString(`
    query VerifyAuditChain {
  verifyAuditChain {
    ok
    checked
    checkpointSequence
    verifiedThroughSequence
    verifiedThroughHash
    firstBrokenAt {
      sequence
      reason
      eventId
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const ResidentCardStockDocument = new TypedDocumentString(`
    query ResidentCardStock($sectionId: ID) {
  residentCardStock(sectionId: $sectionId) {
    sectionId
    sectionName
    placeId
    placeName
    state
    count
  }
}
    `) as unknown as TypedDocumentString<ResidentCardStockQuery, ResidentCardStockQueryVariables>;
export const ResidentCardsDocument = new TypedDocumentString(`
    query ResidentCards($first: Int!, $after: String, $sectionId: ID, $placeId: ID, $state: ResidentCardState) {
  residentCards(
    first: $first
    after: $after
    sectionId: $sectionId
    placeId: $placeId
    state: $state
  ) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...ResidentCardFields
      }
    }
  }
}
    fragment ResidentCardFields on ResidentCard {
  id
  serial
  state
  placeId
  placeName
  disposalReason
  awaitingDisposalSince
  disposalDueOn
  daysOverdue
  receivedAt
  version
  section {
    id
    name
    nameEn
  }
}`) as unknown as TypedDocumentString<ResidentCardsQuery, ResidentCardsQueryVariables>;
export const OverdueResidentCardsDocument = new TypedDocumentString(`
    query OverdueResidentCards($first: Int!, $after: String) {
  overdueResidentCards(first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...ResidentCardFields
      }
    }
  }
}
    fragment ResidentCardFields on ResidentCard {
  id
  serial
  state
  placeId
  placeName
  disposalReason
  awaitingDisposalSince
  disposalDueOn
  daysOverdue
  receivedAt
  version
  section {
    id
    name
    nameEn
  }
}`) as unknown as TypedDocumentString<OverdueResidentCardsQuery, OverdueResidentCardsQueryVariables>;
export const CardMovementsDocument = new TypedDocumentString(`
    query CardMovements($first: Int!, $after: String, $cardId: ID) {
  cardMovements(first: $first, after: $after, cardId: $cardId) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        cardSerial
        kind
        fromState
        toState
        fromPlaceName
        placeName
        reason
        occurredAt
        section {
          id
          name
          nameEn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CardMovementsQuery, CardMovementsQueryVariables>;
export const CardStockTakesDocument = new TypedDocumentString(`
    query CardStockTakes($first: Int!, $after: String) {
  cardStockTakes(first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        placeName
        state
        countedOn
        counted
        derived
        difference
        recordedAt
        section {
          id
          name
          nameEn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CardStockTakesQuery, CardStockTakesQueryVariables>;
export const CardLossReportsDocument = new TypedDocumentString(`
    query CardLossReports($first: Int!, $after: String) {
  cardLossReports(first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        cardSerial
        kind
        placeName
        discoveredAt
        circumstances
        reportedAt
        section {
          id
          name
          nameEn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CardLossReportsQuery, CardLossReportsQueryVariables>;
export const CardDisposalsDocument = new TypedDocumentString(`
    query CardDisposals($first: Int!, $after: String) {
  cardDisposals(first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        cardSerial
        reason
        method
        methodDescription
        icChipDestroyed
        performer
        witness
        awaitingSince
        disposedOn
        daysLate
        placeName
        section {
          id
          name
          nameEn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CardDisposalsQuery, CardDisposalsQueryVariables>;
export const CardStoragePlacesDocument = new TypedDocumentString(`
    query CardStoragePlaces($sectionId: ID) {
  storagePlaces(first: 100, lockable: true, sectionId: $sectionId) {
    edges {
      node {
        id
        name
        section {
          id
          name
          nameEn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CardStoragePlacesQuery, CardStoragePlacesQueryVariables>;
export const ResidentCardStockCsvDocument = new TypedDocumentString(`
    query ResidentCardStockCsv($language: CsvLanguage) {
  residentCardStockCsv(language: $language) {
    fileName
    content
  }
}
    `) as unknown as TypedDocumentString<ResidentCardStockCsvQuery, ResidentCardStockCsvQueryVariables>;
export const CardMovementsCsvDocument = new TypedDocumentString(`
    query CardMovementsCsv($language: CsvLanguage) {
  cardMovementsCsv(language: $language) {
    fileName
    content
  }
}
    `) as unknown as TypedDocumentString<CardMovementsCsvQuery, CardMovementsCsvQueryVariables>;
export const CardDisposalsCsvDocument = new TypedDocumentString(`
    query CardDisposalsCsv($language: CsvLanguage) {
  cardDisposalsCsv(language: $language) {
    fileName
    content
  }
}
    `) as unknown as TypedDocumentString<CardDisposalsCsvQuery, CardDisposalsCsvQueryVariables>;
export const ReceiveResidentCardsDocument = new TypedDocumentString(`
    mutation ReceiveResidentCards($placeId: ID!, $serials: [String!]!) {
  receiveResidentCards(placeId: $placeId, serials: $serials) {
    id
    serial
  }
}
    `) as unknown as TypedDocumentString<ReceiveResidentCardsMutation, ReceiveResidentCardsMutationVariables>;
export const RecordCardMovementDocument = new TypedDocumentString(`
    mutation RecordCardMovement($cardId: ID!, $kind: RecordableCardMovement!, $version: Int!, $reason: CardDisposalReason, $toPlaceId: ID) {
  recordCardMovement(
    cardId: $cardId
    kind: $kind
    version: $version
    reason: $reason
    toPlaceId: $toPlaceId
  ) {
    id
    kind
    toState
  }
}
    `) as unknown as TypedDocumentString<RecordCardMovementMutation, RecordCardMovementMutationVariables>;
export const RecordCardStockTakeDocument = new TypedDocumentString(`
    mutation RecordCardStockTake($placeId: ID!, $countedOn: Date!, $counts: [CardStockTakeCountInput!]!) {
  recordCardStockTake(placeId: $placeId, countedOn: $countedOn, counts: $counts) {
    id
    state
    counted
    derived
    difference
  }
}
    `) as unknown as TypedDocumentString<RecordCardStockTakeMutation, RecordCardStockTakeMutationVariables>;
export const ReportResidentCardLostDocument = new TypedDocumentString(`
    mutation ReportResidentCardLost($cardId: ID!, $kind: ResidentCardLossKind!, $discoveredAt: DateTimeISO!, $circumstances: String!, $version: Int!) {
  reportResidentCardLost(
    cardId: $cardId
    kind: $kind
    discoveredAt: $discoveredAt
    circumstances: $circumstances
    version: $version
  ) {
    id
    kind
  }
}
    `) as unknown as TypedDocumentString<ReportResidentCardLostMutation, ReportResidentCardLostMutationVariables>;
export const DisposeResidentCardDocument = new TypedDocumentString(`
    mutation DisposeResidentCard($cardId: ID!, $version: Int!, $method: CardDisposalMethod!, $methodDescription: String, $icChipDestroyed: Boolean!, $performer: String!, $witness: String!, $disposedOn: Date!) {
  disposeResidentCard(
    cardId: $cardId
    version: $version
    method: $method
    methodDescription: $methodDescription
    icChipDestroyed: $icChipDestroyed
    performer: $performer
    witness: $witness
    disposedOn: $disposedOn
  ) {
    id
    daysLate
  }
}
    `) as unknown as TypedDocumentString<DisposeResidentCardMutation, DisposeResidentCardMutationVariables>;
export const ComplianceReportDocument = new TypedDocumentString(`
    query ComplianceReport($asOf: Date, $offendersFirst: Int) {
  complianceReport(asOf: $asOf, offendersFirst: $offendersFirst) {
    id
    checkId
    article
    chapter
    title {
      ja
      en
    }
    compliant {
      ja
      en
    }
    status
    count
    reason {
      code
      message {
        ja
        en
      }
    }
    asOf
    profileId
    offenders {
      hasNextPage
      endCursor
      items {
        cursor
        recordType
        recordId
        description {
          ja
          en
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComplianceReportQuery, ComplianceReportQueryVariables>;
export const ComplianceCheckOffendersDocument = new TypedDocumentString(`
    query ComplianceCheckOffenders($checkId: String!, $asOf: Date, $offendersFirst: Int, $offendersAfter: String) {
  complianceCheck(
    checkId: $checkId
    asOf: $asOf
    offendersFirst: $offendersFirst
    offendersAfter: $offendersAfter
  ) {
    id
    checkId
    status
    count
    offenders {
      hasNextPage
      endCursor
      items {
        cursor
        recordType
        recordId
        description {
          ja
          en
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComplianceCheckOffendersQuery, ComplianceCheckOffendersQueryVariables>;
export const ComplianceReportCsvDocument = new TypedDocumentString(`
    query ComplianceReportCsv($asOf: Date, $language: CsvLanguage) {
  complianceReportCsv(asOf: $asOf, language: $language) {
    fileName
    contentType
    rowCount
    content
  }
}
    `) as unknown as TypedDocumentString<ComplianceReportCsvQuery, ComplianceReportCsvQueryVariables>;
export const OperatorIdCardsDocument = new TypedDocumentString(`
    query OperatorIdCards($first: Int!, $after: String, $status: OperatorIdCardStatus) {
  operatorIdCards(first: $first, after: $after, status: $status) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        cardNumber
        status
        issuedAt
        lostReportedAt
        revokedAt
        holder {
          id
          name
          employeeNumber
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OperatorIdCardsQuery, OperatorIdCardsQueryVariables>;
export const LogonEventsDocument = new TypedDocumentString(`
    query LogonEvents($last: Int!, $before: String, $outcome: LogonOutcome) {
  logonEvents(last: $last, before: $before, outcome: $outcome) {
    totalCount
    pageInfo {
      startCursor
      hasPreviousPage
    }
    edges {
      node {
        id
        occurredAt
        cardNumber
        outcome
        sourceAddress
        staff {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogonEventsQuery, LogonEventsQueryVariables>;
export const PrintedFormOutputsDocument = new TypedDocumentString(`
    query PrintedFormOutputs($first: Int, $after: String, $last: Int, $before: String, $orderBy: PrintedFormSort, $status: [FormStatus!], $outputDateFrom: Date, $outputDateTo: Date, $sectionId: ID) {
  printedFormOutputs(
    first: $first
    after: $after
    last: $last
    before: $before
    orderBy: $orderBy
    status: $status
    outputDateFrom: $outputDateFrom
    outputDateTo: $outputDateTo
    sectionId: $sectionId
  ) {
    totalCount
    pageInfo {
      startCursor
      endCursor
      hasNextPage
      hasPreviousPage
    }
    edges {
      node {
        ...PrintedFormRow
      }
    }
  }
}
    fragment PrintedFormRow on PrintedFormOutput {
  id
  formName
  outputDate
  purpose
  requester
  quantity
  keepUntil
  status
  storedQuantity
  disposedQuantity
  disposalDueDate
  daysOverdue
  version
  section {
    id
    name
    nameEn
  }
}`) as unknown as TypedDocumentString<PrintedFormOutputsQuery, PrintedFormOutputsQueryVariables>;
export const PrintedFormOutputsCsvDocument = new TypedDocumentString(`
    query PrintedFormOutputsCsv($language: CsvLanguage, $orderBy: PrintedFormSort, $status: [FormStatus!], $outputDateFrom: Date, $outputDateTo: Date, $sectionId: ID) {
  printedFormOutputsCsv(
    language: $language
    orderBy: $orderBy
    status: $status
    outputDateFrom: $outputDateFrom
    outputDateTo: $outputDateTo
    sectionId: $sectionId
  ) {
    fileName
    content
  }
}
    `) as unknown as TypedDocumentString<PrintedFormOutputsCsvQuery, PrintedFormOutputsCsvQueryVariables>;
export const PrintedFormsOverdueDocument = new TypedDocumentString(`
    query PrintedFormsOverdue($first: Int, $after: String, $sectionId: ID) {
  printedFormsOverdue(first: $first, after: $after, sectionId: $sectionId) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...PrintedFormRow
      }
    }
  }
}
    fragment PrintedFormRow on PrintedFormOutput {
  id
  formName
  outputDate
  purpose
  requester
  quantity
  keepUntil
  status
  storedQuantity
  disposedQuantity
  disposalDueDate
  daysOverdue
  version
  section {
    id
    name
    nameEn
  }
}`) as unknown as TypedDocumentString<PrintedFormsOverdueQuery, PrintedFormsOverdueQueryVariables>;
export const PrintedFormOutputDocument = new TypedDocumentString(`
    query PrintedFormOutput($id: ID!) {
  node(id: $id) {
    ... on PrintedFormOutput {
      ...PrintedFormRow
      notes
      recordedAt
      storages {
        id
        quantity
        storedOn
        version
        breakdown {
          label
          quantity
        }
        place {
          id
          name
        }
      }
      moves {
        id
        kind
        movedOn
        quantity
        recordedAt
        fromPlace {
          id
          name
        }
        toPlace {
          id
          name
        }
      }
      disposals {
        id
        disposedOn
        quantity
        method
        performer
        witness
        placeQuantityBefore
        storedBefore
        disposedBefore
        recordedAt
        place {
          id
          name
        }
      }
    }
  }
}
    fragment PrintedFormRow on PrintedFormOutput {
  id
  formName
  outputDate
  purpose
  requester
  quantity
  keepUntil
  status
  storedQuantity
  disposedQuantity
  disposalDueDate
  daysOverdue
  version
  section {
    id
    name
    nameEn
  }
}`) as unknown as TypedDocumentString<PrintedFormOutputQuery, PrintedFormOutputQueryVariables>;
export const PrintedFormRecordersDocument = new TypedDocumentString(`
    query PrintedFormRecorders($id: ID!) {
  node(id: $id) {
    ... on PrintedFormOutput {
      id
      recordedBy {
        id
        name
      }
      storages {
        id
        recordedBy {
          id
          name
        }
      }
      moves {
        id
        recordedBy {
          id
          name
        }
      }
      disposals {
        id
        recordedBy {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrintedFormRecordersQuery, PrintedFormRecordersQueryVariables>;
export const FormStoragePlacesDocument = new TypedDocumentString(`
    query FormStoragePlaces($sectionId: ID, $after: String) {
  storagePlaces(first: 100, sectionId: $sectionId, after: $after) {
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        name
        location
        lockable
        section {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FormStoragePlacesQuery, FormStoragePlacesQueryVariables>;
export const FormInventoryDocument = new TypedDocumentString(`
    query FormInventory($sectionId: ID, $placeId: ID) {
  formInventory(sectionId: $sectionId, placeId: $placeId) {
    quantity
    truncated
    places {
      quantity
      outputCount
      place {
        id
        name
        location
        section {
          id
          name
          nameEn
        }
      }
      storages {
        id
        quantity
        breakdown {
          label
          quantity
        }
        output {
          id
          formName
          keepUntil
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FormInventoryQuery, FormInventoryQueryVariables>;
export const FormSectionsDocument = new TypedDocumentString(`
    query FormSections($after: String) {
  organisationUnits(first: 100, after: $after) {
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        name
        nameEn
        usesJukiNet
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FormSectionsQuery, FormSectionsQueryVariables>;
export const RecordFormOutputDocument = new TypedDocumentString(`
    mutation RecordFormOutput($sectionId: ID!, $formName: String!, $outputDate: Date!, $purpose: String!, $requester: String!, $quantity: Int!, $keepUntil: Date!, $notes: String) {
  recordFormOutput(
    sectionId: $sectionId
    formName: $formName
    outputDate: $outputDate
    purpose: $purpose
    requester: $requester
    quantity: $quantity
    keepUntil: $keepUntil
    notes: $notes
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordFormOutputMutation, RecordFormOutputMutationVariables>;
export const StoreFormsDocument = new TypedDocumentString(`
    mutation StoreForms($outputId: ID!, $placeId: ID!, $quantity: Int!, $storedOn: Date!, $version: Int!, $breakdown: [FormBreakdownLineInput!]) {
  storeForms(
    outputId: $outputId
    placeId: $placeId
    quantity: $quantity
    storedOn: $storedOn
    version: $version
    breakdown: $breakdown
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StoreFormsMutation, StoreFormsMutationVariables>;
export const MoveFormsDocument = new TypedDocumentString(`
    mutation MoveForms($outputId: ID!, $fromPlaceId: ID!, $toPlaceId: ID!, $quantity: Int!, $movedOn: Date!, $version: Int!) {
  moveForms(
    outputId: $outputId
    fromPlaceId: $fromPlaceId
    toPlaceId: $toPlaceId
    quantity: $quantity
    movedOn: $movedOn
    version: $version
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<MoveFormsMutation, MoveFormsMutationVariables>;
export const DisposeFormsDocument = new TypedDocumentString(`
    mutation DisposeForms($outputId: ID!, $placeId: ID!, $quantity: Int!, $method: FormDisposalMethod!, $disposedOn: Date!, $performer: String!, $witness: String!, $version: Int!) {
  disposeForms(
    outputId: $outputId
    placeId: $placeId
    quantity: $quantity
    method: $method
    disposedOn: $disposedOn
    performer: $performer
    witness: $witness
    version: $version
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DisposeFormsMutation, DisposeFormsMutationVariables>;
export const HandlerDesignationsDocument = new TypedDocumentString(`
    query HandlerDesignations($first: Int, $after: String, $inForce: Boolean, $sectionId: ID) {
  handlerDesignations(
    first: $first
    after: $after
    inForce: $inForce
    sectionId: $sectionId
  ) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...HandlerDesignationRow
      }
    }
  }
}
    fragment HandlerDesignationRow on HandlerDesignation {
  id
  title
  permissions
  designatedOn
  revokedOn
  inForce
  version
  section {
    id
    name
    nameEn
  }
  staff {
    id
    name
  }
}`) as unknown as TypedDocumentString<HandlerDesignationsQuery, HandlerDesignationsQueryVariables>;
export const HandlersNotAcknowledgedDocument = new TypedDocumentString(`
    query HandlersNotAcknowledged($first: Int, $after: String, $sectionId: ID) {
  handlersNotAcknowledged(first: $first, after: $after, sectionId: $sectionId) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...HandlerDesignationRow
      }
    }
  }
}
    fragment HandlerDesignationRow on HandlerDesignation {
  id
  title
  permissions
  designatedOn
  revokedOn
  inForce
  version
  section {
    id
    name
    nameEn
  }
  staff {
    id
    name
  }
}`) as unknown as TypedDocumentString<HandlersNotAcknowledgedQuery, HandlersNotAcknowledgedQueryVariables>;
export const HandlerLedgerCsvDocument = new TypedDocumentString(`
    query HandlerLedgerCsv($inForce: Boolean, $sectionId: ID, $language: CsvLanguage) {
  handlerLedgerCsv(inForce: $inForce, sectionId: $sectionId, language: $language) {
    fileName
    content
  }
}
    `) as unknown as TypedDocumentString<HandlerLedgerCsvQuery, HandlerLedgerCsvQueryVariables>;
export const SectionStaffDocument = new TypedDocumentString(`
    query SectionStaff($sectionId: ID, $after: String) {
  staff(first: 100, sectionId: $sectionId, after: $after) {
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        name
        title
        employmentStatus
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SectionStaffQuery, SectionStaffQueryVariables>;
export const DesignateHandlerDocument = new TypedDocumentString(`
    mutation DesignateHandler($staffId: ID!, $permissions: [HandlerPermission!]!) {
  designateHandler(staffId: $staffId, permissions: $permissions) {
    id
  }
}
    `) as unknown as TypedDocumentString<DesignateHandlerMutation, DesignateHandlerMutationVariables>;
export const RevokeHandlerDesignationDocument = new TypedDocumentString(`
    mutation RevokeHandlerDesignation($id: ID!, $expectedVersion: Int!) {
  revokeHandlerDesignation(id: $id, expectedVersion: $expectedVersion) {
    id
    inForce
  }
}
    `) as unknown as TypedDocumentString<RevokeHandlerDesignationMutation, RevokeHandlerDesignationMutationVariables>;
export const CurrentPrecautionsDocument = new TypedDocumentString(`
    query CurrentPrecautions($sectionId: ID) {
  handlingPrecautions(first: 100, currentOnly: true, sectionId: $sectionId) {
    totalCount
    edges {
      node {
        id
        version
        current
        screenDisplay
        integrity
        searchAndExtract
        storageOnDisk
        printing
        contentHash
        publishedAt
        section {
          id
          name
          nameEn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CurrentPrecautionsQuery, CurrentPrecautionsQueryVariables>;
export const PublishHandlingPrecautionsDocument = new TypedDocumentString(`
    mutation PublishHandlingPrecautions($sectionId: ID!, $expectedVersion: Int!, $screenDisplay: String!, $integrity: String!, $searchAndExtract: String!, $storageOnDisk: String!, $printing: String!) {
  publishHandlingPrecautions(
    sectionId: $sectionId
    expectedVersion: $expectedVersion
    screenDisplay: $screenDisplay
    integrity: $integrity
    searchAndExtract: $searchAndExtract
    storageOnDisk: $storageOnDisk
    printing: $printing
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PublishHandlingPrecautionsMutation, PublishHandlingPrecautionsMutationVariables>;
export const AcknowledgeHandlingPrecautionsDocument = new TypedDocumentString(`
    mutation AcknowledgeHandlingPrecautions($precautionsId: ID!) {
  acknowledgeHandlingPrecautions(precautionsId: $precautionsId) {
    id
    version
    acknowledgedAt
  }
}
    `) as unknown as TypedDocumentString<AcknowledgeHandlingPrecautionsMutation, AcknowledgeHandlingPrecautionsMutationVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($first: Int!, $unreadOnly: Boolean) {
  notifications(first: $first, unreadOnly: $unreadOnly) {
    totalCount
    edges {
      node {
        id
        kind
        createdAt
        readAt
        subject {
          ja
          en
        }
        section {
          id
          name
          nameEn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]!) {
  markNotificationsRead(ids: $ids) {
    id
    readAt
  }
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const CheckPinDocument = new TypedDocumentString(`
    query CheckPin($pin: String!, $birthDate: Date!) {
  checkPin(pin: $pin, birthDate: $birthDate) {
    allowed
    reasons
    violations {
      code
      article
      message {
        ja
        en
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CheckPinQuery, CheckPinQueryVariables>;
export const RecordPinGuidanceDocument = new TypedDocumentString(`
    mutation RecordPinGuidance($sectionId: ID!, $cardSerial: String!, $applicantEnteredPin: Boolean!, $applicantInsertedCard: Boolean!) {
  recordPinGuidance(
    sectionId: $sectionId
    cardSerial: $cardSerial
    applicantEnteredPin: $applicantEnteredPin
    applicantInsertedCard: $applicantInsertedCard
  ) {
    id
    cardSerial
  }
}
    `) as unknown as TypedDocumentString<RecordPinGuidanceMutation, RecordPinGuidanceMutationVariables>;
export const PinGuidanceRecordsDocument = new TypedDocumentString(`
    query PinGuidanceRecords($first: Int!, $after: String) {
  pinGuidanceRecords(first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        cardSerial
        applicantEnteredPin
        applicantInsertedCard
        recordedAt
        section {
          id
          name
          nameEn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PinGuidanceRecordsQuery, PinGuidanceRecordsQueryVariables>;
export const PinGuidanceRecordsCsvDocument = new TypedDocumentString(`
    query PinGuidanceRecordsCsv($language: CsvLanguage) {
  pinGuidanceRecordsCsv(language: $language) {
    fileName
    content
  }
}
    `) as unknown as TypedDocumentString<PinGuidanceRecordsCsvQuery, PinGuidanceRecordsCsvQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($idCardNumber: String!, $password: String!) {
  signIn(idCardNumber: $idCardNumber, password: $password) {
    ...SessionFields
  }
}
    fragment SessionFields on Session {
  id
  staffId
  employeeNumber
  name
  nameKana
  title
  sectionId
  sectionName
  roles
  passwordChangeRequired
  passwordExpiresAt
  expiresAt
  absoluteExpiresAt
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...SessionFields
  }
}
    fragment SessionFields on Session {
  id
  staffId
  employeeNumber
  name
  nameKana
  title
  sectionId
  sectionName
  roles
  passwordChangeRequired
  passwordExpiresAt
  expiresAt
  absoluteExpiresAt
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    ...SessionFields
  }
}
    fragment SessionFields on Session {
  id
  staffId
  employeeNumber
  name
  nameKana
  title
  sectionId
  sectionName
  roles
  passwordChangeRequired
  passwordExpiresAt
  expiresAt
  absoluteExpiresAt
}`) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;