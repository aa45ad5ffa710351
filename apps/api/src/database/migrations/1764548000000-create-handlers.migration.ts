import { TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { portableTable } from '../portable-table';

const id = (): TableColumnOptions => ({ name: 'id', type: 'varchar', length: '36', isPrimary: true });
const ref = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isNullable });
const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });
const longText = (name: string): TableColumnOptions => ({ name, type: 'text' });
const instant = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable });
const date = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'date', isNullable });
const int = (name: string): TableColumnOptions => ({ name, type: 'int' });

const FOREIGN_KEYS: readonly { readonly table: string; readonly name: string; readonly column: string; readonly references: string }[] = [
  { table: 'handler_designation', name: 'FK_handler_designation_staff', column: 'staff_id', references: 'staff' },
  { table: 'handler_designation', name: 'FK_handler_designation_section', column: 'section_id', references: 'organisation_unit' },
  { table: 'handler_designation', name: 'FK_handler_designation_role_assignment', column: 'role_assignment_id', references: 'role_assignment' },
  { table: 'handler_designation', name: 'FK_handler_designation_designated_by', column: 'designated_by_id', references: 'staff' },
  { table: 'handler_designation', name: 'FK_handler_designation_revoked_by', column: 'revoked_by_id', references: 'staff' },
  { table: 'handling_precautions', name: 'FK_handling_precautions_section', column: 'section_id', references: 'organisation_unit' },
  { table: 'handling_precautions', name: 'FK_handling_precautions_published_by', column: 'published_by_id', references: 'staff' },
  { table: 'precaution_acknowledgement', name: 'FK_precaution_acknowledgement_precautions', column: 'precautions_id', references: 'handling_precautions' },
  { table: 'precaution_acknowledgement', name: 'FK_precaution_acknowledgement_staff', column: 'staff_id', references: 'staff' },
  { table: 'precaution_acknowledgement', name: 'FK_precaution_acknowledgement_designation', column: 'designation_id', references: 'handler_designation' },
];

const INDEXES: readonly { readonly table: string; readonly index: TableIndex }[] = [
  { table: 'handler_designation', index: new TableIndex({ name: 'UQ_handler_designation_active', columnNames: ['staff_id', 'section_id', 'active_slot'], isUnique: true }) },
  { table: 'handler_designation', index: new TableIndex({ name: 'UQ_handler_designation_role_assignment', columnNames: ['role_assignment_id'], isUnique: true }) },
  { table: 'handler_designation', index: new TableIndex({ name: 'IDX_handler_designation_staff', columnNames: ['staff_id'] }) },
  { table: 'handler_designation', index: new TableIndex({ name: 'IDX_handler_designation_section', columnNames: ['section_id'] }) },
  { table: 'handler_designation', index: new TableIndex({ name: 'IDX_handler_designation_designated_by', columnNames: ['designated_by_id'] }) },
  { table: 'handler_designation', index: new TableIndex({ name: 'IDX_handler_designation_revoked_by', columnNames: ['revoked_by_id'] }) },
  { table: 'handling_precautions', index: new TableIndex({ name: 'UQ_handling_precautions_section_version', columnNames: ['section_id', 'document_version'], isUnique: true }) },
  { table: 'handling_precautions', index: new TableIndex({ name: 'IDX_handling_precautions_section', columnNames: ['section_id'] }) },
  { table: 'handling_precautions', index: new TableIndex({ name: 'IDX_handling_precautions_published_by', columnNames: ['published_by_id'] }) },
  { table: 'precaution_acknowledgement', index: new TableIndex({ name: 'UQ_precaution_acknowledgement_once', columnNames: ['precautions_id', 'staff_id'], isUnique: true }) },
  { table: 'precaution_acknowledgement', index: new TableIndex({ name: 'IDX_precaution_acknowledgement_precautions', columnNames: ['precautions_id'] }) },
  { table: 'precaution_acknowledgement', index: new TableIndex({ name: 'IDX_precaution_acknowledgement_staff', columnNames: ['staff_id'] }) },
  { table: 'precaution_acknowledgement', index: new TableIndex({ name: 'IDX_precaution_acknowledgement_designation', columnNames: ['designation_id'] }) },
  { table: 'precaution_acknowledgement', index: new TableIndex({ name: 'IDX_precaution_acknowledgement_section', columnNames: ['section_id'] }) },
];

/**
 * Handlers and handling precautions (第8条, 第9条, 第12条第7号): designations (each backed by the HANDLER
 * role assignment it grants), the versioned precautions of each section, and the acknowledgements.
 */
export class CreateHandlers1764548000000 implements MigrationInterface {
  name = 'CreateHandlers1764548000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const create = (name: string, columns: TableColumnOptions[]) => queryRunner.createTable(portableTable(queryRunner, { name, columns }));
    await create('handler_designation', [
      id(),
      ref('staff_id'),
      ref('section_id'),
      ref('role_assignment_id'),
      text('title', 100),
      { name: 'permissions', type: 'text' },
      date('designated_on'),
      instant('designated_at'),
      ref('designated_by_id'),
      date('revoked_on', true),
      instant('revoked_at', true),
      ref('revoked_by_id', true),
      text('active_slot', 8, true),
      int('version'),
    ]);
    await create('handling_precautions', [
      id(),
      ref('section_id'),
      int('document_version'),
      longText('screen_display'),
      longText('integrity'),
      longText('search_and_extract'),
      longText('storage_on_disk'),
      longText('printing'),
      text('content_hash', 64),
      instant('published_at'),
      ref('published_by_id'),
      instant('superseded_at', true),
    ]);
    await create('precaution_acknowledgement', [
      id(),
      ref('precautions_id'),
      ref('staff_id'),
      ref('designation_id'),
      ref('section_id'),
      int('document_version'),
      text('content_hash', 64),
      instant('acknowledged_at'),
    ]);
    for (const { table, index } of INDEXES) await queryRunner.createIndex(table, index);
    for (const fk of FOREIGN_KEYS) {
      await queryRunner.createForeignKey(
        fk.table,
        new TableForeignKey({ name: fk.name, columnNames: [fk.column], referencedTableName: fk.references, referencedColumnNames: ['id'], onDelete: 'NO ACTION', onUpdate: 'NO ACTION' }),
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const fk of [...FOREIGN_KEYS].reverse()) await queryRunner.dropForeignKey(fk.table, fk.name);
    for (const { table, index } of [...INDEXES].reverse()) await queryRunner.dropIndex(table, index.name as string);
    for (const table of ['precaution_acknowledgement', 'handling_precautions', 'handler_designation']) await queryRunner.dropTable(table);
  }
}
