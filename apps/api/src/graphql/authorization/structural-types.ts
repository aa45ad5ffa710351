import { PERMISSION_MATRIX } from '@juki/policies';

/**
 * The one list of GraphQL types that are not records and so have no entry of their own in the permission
 * matrix. Whatever they carry is authorized where it is reached: a field holding one is checked as a field
 * of the record type above it, and the record nodes inside a connection are checked as their own type.
 *
 * - Relay plumbing: `Node` (lookups obey the row scope of the type behind the id), `PageInfo`, and every
 *   `<RecordType>Connection` / `<RecordType>Edge` (recognised by name, see `isStructuralType`).
 * - Value types: parts of a record or the verdict of a pure check; they never carry an `id` (the schema
 *   test fails if one does, so a record cannot hide here).
 */
export const STRUCTURAL_TYPES: readonly string[] = [
  // Relay plumbing
  'Node',
  'PageInfo',
  // Value types
  'LocalizedText',
  'Violation',
  'PasswordCheck',
  'PinCheck',
  // A ledger export (its rows are read under the ledger's own row filter and field access)
  'CsvFile',
  // Resident-card stock derived from the movements (read under CardMovement's row filter)
  'CardStockCount',
  // Value types of the audit area (results of verifying and purging the operation history)
  'AuditChainVerification',
  'AuditChainBreak',
  'AuditPurgeResult',
  // Value types of the printed-form ledger (第10条: a breakdown line, the inventory per place)
  'FormBreakdownLine',
  'FormInventory',
  'FormInventoryPlace',
  // Value types of the compliance report (parts of a ComplianceCheck evaluation)
  'ComplianceReason',
  'ComplianceOffender',
  'ComplianceOffenderPage',
];

/** GraphQL type names that differ from their matrix type (kept for schema compatibility). */
export const MATRIX_TYPE_ALIASES: Readonly<Record<string, string>> = {
  Rule: 'PolicyRule',
};

const STRUCTURAL = new Set(STRUCTURAL_TYPES);
const CONNECTION_PART = /^(\w+?)(Connection|Edge)$/;

function inMatrix(type: string): boolean {
  return Object.prototype.hasOwnProperty.call(PERMISSION_MATRIX, type);
}

/** The permission-matrix type a GraphQL object type stands for, or undefined (not a record: denied unless structural). */
export function matrixTypeOf(graphqlType: string): string | undefined {
  const name = Object.prototype.hasOwnProperty.call(MATRIX_TYPE_ALIASES, graphqlType) ? MATRIX_TYPE_ALIASES[graphqlType] : graphqlType;
  return name !== undefined && inMatrix(name) ? name : undefined;
}

/** The record type a `<Type>Connection` or `<Type>Edge` wraps, if the name is one. */
export function connectionNodeType(graphqlType: string): string | undefined {
  const match = CONNECTION_PART.exec(graphqlType);
  const node = match?.[1];
  return node !== undefined && matrixTypeOf(node) !== undefined ? node : undefined;
}

export function isConnectionType(graphqlType: string): boolean {
  return graphqlType.endsWith('Connection') && connectionNodeType(graphqlType) !== undefined;
}

/** Whether a GraphQL type is plumbing or a value type (no matrix entry needed), rather than a record. */
export function isStructuralType(graphqlType: string): boolean {
  return STRUCTURAL.has(graphqlType) || connectionNodeType(graphqlType) !== undefined;
}
