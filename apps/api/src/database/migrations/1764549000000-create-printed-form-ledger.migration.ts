import { TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { portableTable } from '../portable-table';

const FORM_STATUSES = ['OUTPUT', 'STORED', 'PARTLY_DISPOSED', 'DISPOSED'];
const MOVE_KINDS = ['STORE', 'MOVE'];
const DISPOSAL_METHODS = ['INCINERATION', 'DISSOLVING', 'SHREDDING'];

const id = (): TableColumnOptions => ({ name: 'id', type: 'varchar', length: '36', isPrimary: true });
const ref = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isNullable });
const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });
const instant = (name: string): TableColumnOptions => ({ name, type: 'datetime', precision: 3 });
const date = (name: string): TableColumnOptions => ({ name, type: 'date' });
const int = (name: string): TableColumnOptions => ({ name, type: 'int' });
const version: TableColumnOptions = { name: 'version', type: 'int' };

const FOREIGN_KEYS: readonly { table: string; name: string; column: string; references: string }[] = [
  { table: 'storage_place', name: 'FK_storage_place_section', column: 'section_id', references: 'organisation_unit' },
  { table: 'storage_place', name: 'FK_storage_place_created_by', column: 'created_by_id', references: 'staff' },
  { table: 'printed_form_output', name: 'FK_printed_form_output_section', column: 'section_id', references: 'organisation_unit' },
  { table: 'printed_form_output', name: 'FK_printed_form_output_recorded_by', column: 'recorded_by_id', references: 'staff' },
  { table: 'printed_form_output', name: 'FK_printed_form_output_recorded_by_client', column: 'recorded_by_api_client_id', references: 'api_client' },
  { table: 'form_storage', name: 'FK_form_storage_output', column: 'output_id', references: 'printed_form_output' },
  { table: 'form_storage', name: 'FK_form_storage_section', column: 'section_id', references: 'organisation_unit' },
  { table: 'form_storage', name: 'FK_form_storage_place', column: 'place_id', references: 'storage_place' },
  { table: 'form_storage', name: 'FK_form_storage_recorded_by', column: 'recorded_by_id', references: 'staff' },
  { table: 'form_move', name: 'FK_form_move_output', column: 'output_id', references: 'printed_form_output' },
  { table: 'form_move', name: 'FK_form_move_section', column: 'section_id', references: 'organisation_unit' },
  { table: 'form_move', name: 'FK_form_move_from_place', column: 'from_place_id', references: 'storage_place' },
  { table: 'form_move', name: 'FK_form_move_to_place', column: 'to_place_id', references: 'storage_place' },
  { table: 'form_move', name: 'FK_form_move_recorded_by', column: 'recorded_by_id', references: 'staff' },
  { table: 'form_disposal', name: 'FK_form_disposal_output', column: 'output_id', references: 'printed_form_output' },
  { table: 'form_disposal', name: 'FK_form_disposal_section', column: 'section_id', references: 'organisation_unit' },
  { table: 'form_disposal', name: 'FK_form_disposal_place', column: 'place_id', references: 'storage_place' },
  { table: 'form_disposal', name: 'FK_form_disposal_recorded_by', column: 'recorded_by_id', references: 'staff' },
];

const INDEXES: readonly { readonly table: string; readonly index: TableIndex }[] = [
  { table: 'storage_place', index: new TableIndex({ name: 'IDX_storage_place_section', columnNames: ['section_id'] }) },
  { table: 'storage_place', index: new TableIndex({ name: 'IDX_storage_place_created_by', columnNames: ['created_by_id'] }) },
  { table: 'printed_form_output', index: new TableIndex({ name: 'IDX_printed_form_output_section_date', columnNames: ['section_id', 'output_date', 'id'] }) },
  { table: 'printed_form_output', index: new TableIndex({ name: 'IDX_printed_form_output_status_keep', columnNames: ['status', 'keep_until'] }) },
  { table: 'printed_form_output', index: new TableIndex({ name: 'IDX_printed_form_output_recorded_by', columnNames: ['recorded_by_id'] }) },
  { table: 'printed_form_output', index: new TableIndex({ name: 'IDX_printed_form_output_recorded_by_client', columnNames: ['recorded_by_api_client_id'] }) },
  { table: 'form_storage', index: new TableIndex({ name: 'UQ_form_storage_output_place', columnNames: ['output_id', 'place_id'], isUnique: true }) },
  { table: 'form_storage', index: new TableIndex({ name: 'IDX_form_storage_section', columnNames: ['section_id'] }) },
  { table: 'form_storage', index: new TableIndex({ name: 'IDX_form_storage_place', columnNames: ['place_id'] }) },
  { table: 'form_storage', index: new TableIndex({ name: 'IDX_form_storage_recorded_by', columnNames: ['recorded_by_id'] }) },
  { table: 'form_move', index: new TableIndex({ name: 'IDX_form_move_output', columnNames: ['output_id', 'recorded_at'] }) },
  { table: 'form_move', index: new TableIndex({ name: 'IDX_form_move_section', columnNames: ['section_id'] }) },
  { table: 'form_move', index: new TableIndex({ name: 'IDX_form_move_from_place', columnNames: ['from_place_id'] }) },
  { table: 'form_move', index: new TableIndex({ name: 'IDX_form_move_to_place', columnNames: ['to_place_id'] }) },
  { table: 'form_move', index: new TableIndex({ name: 'IDX_form_move_recorded_by', columnNames: ['recorded_by_id'] }) },
  { table: 'form_disposal', index: new TableIndex({ name: 'IDX_form_disposal_output', columnNames: ['output_id', 'disposed_on'] }) },
  { table: 'form_disposal', index: new TableIndex({ name: 'IDX_form_disposal_section', columnNames: ['section_id'] }) },
  { table: 'form_disposal', index: new TableIndex({ name: 'IDX_form_disposal_place', columnNames: ['place_id'] }) },
  { table: 'form_disposal', index: new TableIndex({ name: 'IDX_form_disposal_recorded_by', columnNames: ['recorded_by_id'] }) },
];

/**
 * The printed-form ledger (第10条): storage places (第2項 書庫等), output records (第1項), what each place
 * holds now, every storage movement, and every disposal with what its reconciliation saw (第3項).
 */
export class CreatePrintedFormLedger1764549000000 implements MigrationInterface {
  name = 'CreatePrintedFormLedger1764549000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const create = (name: string, columns: TableColumnOptions[]) => queryRunner.createTable(portableTable(queryRunner, { name, columns }));
    await create('storage_place', [id(), ref('section_id'), text('name', 100), text('location', 200), { name: 'lockable', type: 'boolean' }, ref('created_by_id'), instant('created_at'), version]);
    await create('printed_form_output', [
      id(),
      ref('section_id'),
      text('form_name', 100),
      date('output_date'),
      text('purpose', 500),
      text('requester', 100),
      int('quantity'),
      text('notes', 1000, true),
      date('keep_until'),
      { name: 'status', type: 'simple-enum', enum: FORM_STATUSES },
      int('stored_quantity'),
      int('disposed_quantity'),
      ref('recorded_by_id', true),
      ref('recorded_by_api_client_id', true),
      instant('recorded_at'),
      version,
    ]);
    await create('form_storage', [
      id(),
      ref('output_id'),
      ref('section_id'),
      ref('place_id'),
      int('quantity'),
      { name: 'breakdown', type: 'text' },
      date('stored_on'),
      ref('recorded_by_id'),
      instant('recorded_at'),
      version,
    ]);
    await create('form_move', [
      id(),
      ref('output_id'),
      ref('section_id'),
      { name: 'kind', type: 'simple-enum', enum: MOVE_KINDS },
      ref('from_place_id', true),
      ref('to_place_id'),
      int('quantity'),
      { name: 'breakdown', type: 'text' },
      date('moved_on'),
      ref('recorded_by_id'),
      instant('recorded_at'),
    ]);
    await create('form_disposal', [
      id(),
      ref('output_id'),
      ref('section_id'),
      ref('place_id'),
      int('quantity'),
      { name: 'method', type: 'simple-enum', enum: DISPOSAL_METHODS },
      date('disposed_on'),
      text('performer', 100),
      text('witness', 100),
      int('place_quantity_before'),
      int('stored_before'),
      int('disposed_before'),
      ref('recorded_by_id'),
      instant('recorded_at'),
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
    for (const table of ['form_disposal', 'form_move', 'form_storage', 'printed_form_output', 'storage_place']) await queryRunner.dropTable(table);
  }
}
