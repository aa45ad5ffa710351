import { TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { portableTable } from '../portable-table';

const ROLES = ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'SECURITY_OFFICER', 'HANDLER', 'IT_DIVISION_HEAD', 'AUDITOR', 'INTEGRATION'];
const CARD_STATUSES = ['ISSUED', 'ACTIVE', 'LOST', 'STOLEN', 'RETURNED', 'REVOKED'];
const SESSION_END_REASONS = ['SIGNED_OUT', 'IDLE_TIMEOUT', 'ABSOLUTE_TIMEOUT', 'CARD_REVOKED', 'STAFF_INACTIVE', 'ACCOUNT_LOCKED', 'PASSWORD_CHANGED'];
const LOGON_OUTCOMES = ['SUCCESS', 'BAD_CREDENTIALS', 'LOCKED', 'CARD_INACTIVE', 'PASSWORD_EXPIRED', 'RATE_LIMITED'];

const id = (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: true });
const ref = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isNullable });
const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });
const instant = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable });
const date = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'date', isNullable });
const version: TableColumnOptions = { name: 'version', type: 'int' };

interface ForeignKey {
  readonly table: string;
  readonly name: string;
  readonly column: string;
  readonly references: string;
}

/** Every foreign key of this migration: all NO ACTION (rows of the identity area are never deleted). */
const FOREIGN_KEYS: readonly ForeignKey[] = [
  { table: 'staff', name: 'FK_staff_section', column: 'section_id', references: 'organisation_unit' },
  { table: 'role_assignment', name: 'FK_role_assignment_staff', column: 'staff_id', references: 'staff' },
  { table: 'role_assignment', name: 'FK_role_assignment_section', column: 'section_id', references: 'organisation_unit' },
  { table: 'role_assignment', name: 'FK_role_assignment_applied_by', column: 'applied_by_id', references: 'staff' },
  { table: 'role_assignment', name: 'FK_role_assignment_approved_by', column: 'approved_by_id', references: 'staff' },
  { table: 'operator_id_card', name: 'FK_operator_id_card_holder', column: 'holder_id', references: 'staff' },
  { table: 'credential', name: 'FK_credential_staff', column: 'staff_id', references: 'staff' },
  { table: 'password_history', name: 'FK_password_history_staff', column: 'staff_id', references: 'staff' },
  { table: 'session', name: 'FK_session_staff', column: 'staff_id', references: 'staff' },
  { table: 'session', name: 'FK_session_card', column: 'card_id', references: 'operator_id_card' },
  { table: 'api_client', name: 'FK_api_client_section', column: 'section_id', references: 'organisation_unit' },
  { table: 'api_client', name: 'FK_api_client_created_by', column: 'created_by_id', references: 'staff' },
  { table: 'api_client', name: 'FK_api_client_revoked_by', column: 'revoked_by_id', references: 'staff' },
  { table: 'logon_event', name: 'FK_logon_event_staff', column: 'staff_id', references: 'staff' },
];

const INDEXES: readonly { readonly table: string; readonly index: TableIndex }[] = [
  { table: 'staff', index: new TableIndex({ name: 'UQ_staff_employee_number', columnNames: ['employee_number'], isUnique: true }) },
  { table: 'staff', index: new TableIndex({ name: 'IDX_staff_section', columnNames: ['section_id'] }) },
  { table: 'role_assignment', index: new TableIndex({ name: 'IDX_role_assignment_staff', columnNames: ['staff_id'] }) },
  { table: 'role_assignment', index: new TableIndex({ name: 'IDX_role_assignment_section', columnNames: ['section_id'] }) },
  { table: 'role_assignment', index: new TableIndex({ name: 'IDX_role_assignment_applied_by', columnNames: ['applied_by_id'] }) },
  { table: 'role_assignment', index: new TableIndex({ name: 'IDX_role_assignment_approved_by', columnNames: ['approved_by_id'] }) },
  { table: 'operator_id_card', index: new TableIndex({ name: 'UQ_operator_id_card_number', columnNames: ['card_number'], isUnique: true }) },
  { table: 'operator_id_card', index: new TableIndex({ name: 'IDX_operator_id_card_holder', columnNames: ['holder_id'] }) },
  { table: 'password_history', index: new TableIndex({ name: 'IDX_password_history_staff_created', columnNames: ['staff_id', 'created_at'] }) },
  { table: 'session', index: new TableIndex({ name: 'UQ_session_token_hash', columnNames: ['token_hash'], isUnique: true }) },
  { table: 'session', index: new TableIndex({ name: 'IDX_session_staff', columnNames: ['staff_id'] }) },
  { table: 'session', index: new TableIndex({ name: 'IDX_session_card', columnNames: ['card_id'] }) },
  { table: 'api_client', index: new TableIndex({ name: 'IDX_api_client_section', columnNames: ['section_id'] }) },
  { table: 'api_client', index: new TableIndex({ name: 'UQ_api_client_token_hash', columnNames: ['token_hash'], isUnique: true }) },
  { table: 'api_client', index: new TableIndex({ name: 'IDX_api_client_created_by', columnNames: ['created_by_id'] }) },
  { table: 'api_client', index: new TableIndex({ name: 'IDX_api_client_revoked_by', columnNames: ['revoked_by_id'] }) },
  { table: 'logon_event', index: new TableIndex({ name: 'IDX_logon_event_occurred', columnNames: ['occurred_at'] }) },
  { table: 'logon_event', index: new TableIndex({ name: 'IDX_logon_event_source_occurred', columnNames: ['source_address', 'occurred_at'] }) },
  { table: 'logon_event', index: new TableIndex({ name: 'IDX_logon_event_staff_occurred', columnNames: ['staff_id', 'occurred_at'] }) },
];

/**
 * The identity area: staff and their role assignments (第2章, 第19条第2項), operator ID cards (第20条),
 * credentials and password history (第21条), sessions (第19条第1項), API clients of ward systems
 * (第19条の2第1項) and logon history (第19条の2第2項).
 */
export class CreateIdentity1764547400000 implements MigrationInterface {
  name = 'CreateIdentity1764547400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const create = (name: string, columns: TableColumnOptions[]) => queryRunner.createTable(portableTable(queryRunner, { name, columns }));
    await create('staff', [
      id(),
      text('employee_number', 32),
      text('name', 100),
      text('name_kana', 100),
      text('name_romaji', 100, true),
      ref('section_id'),
      text('title', 100),
      { name: 'employment_status', type: 'simple-enum', enum: ['ACTIVE', 'RETIRED', 'TRANSFERRED'] },
      date('employment_status_since', true),
      date('birth_date'),
      version,
    ]);
    await create('role_assignment', [
      id(),
      ref('staff_id'),
      { name: 'role', type: 'simple-enum', enum: ROLES },
      ref('section_id', true),
      date('effective_from'),
      date('effective_to', true),
      ref('applied_by_id', true),
      ref('approved_by_id', true),
      version,
    ]);
    await create('operator_id_card', [
      id(),
      text('card_number', 32),
      ref('holder_id'),
      { name: 'status', type: 'simple-enum', enum: CARD_STATUSES },
      instant('issued_at'),
      instant('returned_at', true),
      instant('lost_reported_at', true),
      { name: 'loss_kind', type: 'simple-enum', enum: ['LOST', 'STOLEN'], isNullable: true },
      instant('revoked_at', true),
      version,
    ]);
    await create('credential', [
      id('staff_id'),
      text('password_hash', 255),
      instant('changed_at'),
      { name: 'must_change', type: 'boolean' },
      { name: 'failed_count', type: 'int' },
      instant('locked_at', true),
      version,
    ]);
    await create('password_history', [id(), ref('staff_id'), text('password_hash', 255), instant('created_at')]);
    await create('session', [
      id(),
      text('token_hash', 64),
      ref('staff_id'),
      ref('card_id'),
      instant('created_at'),
      instant('last_seen_at'),
      instant('ended_at', true),
      { name: 'end_reason', type: 'simple-enum', enum: SESSION_END_REASONS, isNullable: true },
    ]);
    await create('api_client', [
      id(),
      text('name', 100),
      ref('section_id'),
      { name: 'scopes', type: 'text' },
      text('token_hash', 64),
      ref('created_by_id'),
      instant('created_at'),
      instant('revoked_at', true),
      ref('revoked_by_id', true),
      instant('last_used_at', true),
      version,
    ]);
    await create('logon_event', [
      id(),
      instant('occurred_at'),
      text('card_number', 64),
      ref('staff_id', true),
      { name: 'outcome', type: 'simple-enum', enum: LOGON_OUTCOMES },
      text('source_address', 45),
    ]);
    for (const { table, index } of INDEXES) await queryRunner.createIndex(table, index);
    for (const fk of FOREIGN_KEYS) {
      await queryRunner.createForeignKey(
        fk.table,
        new TableForeignKey({
          name: fk.name,
          columnNames: [fk.column],
          referencedTableName: fk.references,
          referencedColumnNames: ['id'],
          onDelete: 'NO ACTION',
          onUpdate: 'NO ACTION',
        }),
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const fk of [...FOREIGN_KEYS].reverse()) await queryRunner.dropForeignKey(fk.table, fk.name);
    for (const { table, index } of [...INDEXES].reverse()) await queryRunner.dropIndex(table, index.name as string);
    for (const table of ['logon_event', 'api_client', 'session', 'password_history', 'credential', 'operator_id_card', 'role_assignment', 'staff']) {
      await queryRunner.dropTable(table);
    }
  }
}
