import { TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { portableTable } from '../portable-table';

const CARD_STATES = ['BLANK', 'PRINTED', 'ISSUED', 'AWAITING_DISPOSAL', 'DISPOSED', 'LOST', 'STOLEN'];
const MOVEMENT_KINDS = ['RECEIVED', 'PRINTED', 'ISSUED', 'SPOILED', 'MOVED_TO_DISPOSAL', 'TRANSFERRED', 'DISPOSED', 'REPORTED_LOST', 'REPORTED_STOLEN'];
const DISPOSAL_REASONS = ['INITIAL_DATA_WRITE_FAILURE', 'FACE_PRINT_FAILURE', 'APPLICATION_CANCELLED', 'CARD_ABOLISHED'];
const DISPOSAL_METHODS = ['INCINERATION', 'DISSOLVING', 'SHREDDING', 'PHYSICAL_DESTRUCTION', 'SOFTWARE_OVERWRITE', 'OTHER'];

const id = (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: true });
const ref = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isNullable });
const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });
const instant = (name: string): TableColumnOptions => ({ name, type: 'datetime', precision: 3 });
const date = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'date', isNullable });
const int = (name: string): TableColumnOptions => ({ name, type: 'int' });
const choice = (name: string, values: readonly string[], isNullable = false): TableColumnOptions => ({ name, type: 'simple-enum', enum: [...values], isNullable });

const FOREIGN_KEYS: readonly { table: string; name: string; column: string; references: string }[] = [
  { table: 'resident_card', name: 'FK_resident_card_section', column: 'section_id', references: 'organisation_unit' },
  { table: 'resident_card', name: 'FK_resident_card_place', column: 'place_id', references: 'storage_place' },
  { table: 'card_movement', name: 'FK_card_movement_card', column: 'card_id', references: 'resident_card' },
  { table: 'card_movement', name: 'FK_card_movement_section', column: 'section_id', references: 'organisation_unit' },
  { table: 'card_movement', name: 'FK_card_movement_from_place', column: 'from_place_id', references: 'storage_place' },
  { table: 'card_movement', name: 'FK_card_movement_to_place', column: 'to_place_id', references: 'storage_place' },
  { table: 'card_movement', name: 'FK_card_movement_recorded_by', column: 'recorded_by_id', references: 'staff' },
  { table: 'card_stock_take', name: 'FK_card_stock_take_section', column: 'section_id', references: 'organisation_unit' },
  { table: 'card_stock_take', name: 'FK_card_stock_take_place', column: 'place_id', references: 'storage_place' },
  { table: 'card_stock_take', name: 'FK_card_stock_take_recorded_by', column: 'recorded_by_id', references: 'staff' },
  { table: 'card_loss_report', name: 'FK_card_loss_report_card', column: 'card_id', references: 'resident_card' },
  { table: 'card_loss_report', name: 'FK_card_loss_report_section', column: 'section_id', references: 'organisation_unit' },
  { table: 'card_loss_report', name: 'FK_card_loss_report_place', column: 'place_id', references: 'storage_place' },
  { table: 'card_loss_report', name: 'FK_card_loss_report_reported_by', column: 'reported_by_id', references: 'staff' },
  { table: 'card_disposal', name: 'FK_card_disposal_card', column: 'card_id', references: 'resident_card' },
  { table: 'card_disposal', name: 'FK_card_disposal_section', column: 'section_id', references: 'organisation_unit' },
  { table: 'card_disposal', name: 'FK_card_disposal_place', column: 'place_id', references: 'storage_place' },
  { table: 'card_disposal', name: 'FK_card_disposal_recorded_by', column: 'recorded_by_id', references: 'staff' },
];

const INDEXES: readonly { readonly table: string; readonly index: TableIndex }[] = [
  { table: 'resident_card', index: new TableIndex({ name: 'UQ_resident_card_serial', columnNames: ['serial'], isUnique: true }) },
  { table: 'resident_card', index: new TableIndex({ name: 'IDX_resident_card_section_state', columnNames: ['section_id'] }) },
  { table: 'resident_card', index: new TableIndex({ name: 'IDX_resident_card_place', columnNames: ['place_id'] }) },
  { table: 'resident_card', index: new TableIndex({ name: 'IDX_resident_card_awaiting_since', columnNames: ['awaiting_disposal_since'] }) },
  { table: 'card_movement', index: new TableIndex({ name: 'IDX_card_movement_section_occurred', columnNames: ['section_id', 'occurred_at'] }) },
  { table: 'card_movement', index: new TableIndex({ name: 'IDX_card_movement_card', columnNames: ['card_id'] }) },
  { table: 'card_movement', index: new TableIndex({ name: 'IDX_card_movement_from_place', columnNames: ['from_place_id'] }) },
  { table: 'card_movement', index: new TableIndex({ name: 'IDX_card_movement_to_place', columnNames: ['to_place_id'] }) },
  { table: 'card_movement', index: new TableIndex({ name: 'IDX_card_movement_recorded_by', columnNames: ['recorded_by_id'] }) },
  { table: 'card_stock_take', index: new TableIndex({ name: 'IDX_card_stock_take_place_state', columnNames: ['place_id', 'state', 'recorded_at'] }) },
  { table: 'card_stock_take', index: new TableIndex({ name: 'IDX_card_stock_take_section', columnNames: ['section_id'] }) },
  { table: 'card_stock_take', index: new TableIndex({ name: 'IDX_card_stock_take_recorded_by', columnNames: ['recorded_by_id'] }) },
  { table: 'card_loss_report', index: new TableIndex({ name: 'UQ_card_loss_report_card', columnNames: ['card_id'], isUnique: true }) },
  { table: 'card_loss_report', index: new TableIndex({ name: 'IDX_card_loss_report_section_reported', columnNames: ['section_id', 'reported_at'] }) },
  { table: 'card_loss_report', index: new TableIndex({ name: 'IDX_card_loss_report_reported_by', columnNames: ['reported_by_id'] }) },
  { table: 'card_loss_report', index: new TableIndex({ name: 'IDX_card_loss_report_place', columnNames: ['place_id'] }) },
  { table: 'card_disposal', index: new TableIndex({ name: 'UQ_card_disposal_card', columnNames: ['card_id'], isUnique: true }) },
  { table: 'card_disposal', index: new TableIndex({ name: 'IDX_card_disposal_section_disposed', columnNames: ['section_id', 'disposed_on'] }) },
  { table: 'card_disposal', index: new TableIndex({ name: 'IDX_card_disposal_recorded_by', columnNames: ['recorded_by_id'] }) },
  { table: 'card_disposal', index: new TableIndex({ name: 'IDX_card_disposal_place', columnNames: ['place_id'] }) },
];

/**
 * Resident cards (第10条の2, 第10条の3): each card and its life-cycle position (`resident_card`, versioned),
 * every movement (`card_movement`, append-only: the stock per place and state is derived from it alone),
 * stock-takes against the derived counts (`card_stock_take`), loss and theft reports (`card_loss_report`,
 * one per card) and disposals (`card_disposal`, one per card, IC chip destroyed). Places are the shared
 * `storage_place`.
 */
export class CreateResidentCards1764550000000 implements MigrationInterface {
  name = 'CreateResidentCards1764550000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const create = (name: string, columns: TableColumnOptions[]) => queryRunner.createTable(portableTable(queryRunner, { name, columns }));
    await create('resident_card', [
      id(),
      text('serial', 32),
      ref('section_id'),
      ref('place_id'),
      choice('state', CARD_STATES),
      choice('disposal_reason', DISPOSAL_REASONS, true),
      date('awaiting_disposal_since', true),
      instant('received_at'),
      int('version'),
    ]);
    await create('card_movement', [
      id(),
      ref('card_id'),
      ref('section_id'),
      choice('kind', MOVEMENT_KINDS),
      choice('from_state', CARD_STATES, true),
      choice('to_state', CARD_STATES),
      ref('from_place_id', true),
      ref('to_place_id'),
      choice('disposal_reason', DISPOSAL_REASONS, true),
      instant('occurred_at'),
      ref('recorded_by_id'),
    ]);
    await create('card_stock_take', [
      id(),
      ref('section_id'),
      ref('place_id'),
      choice('state', CARD_STATES),
      date('counted_on'),
      int('counted'),
      int('derived'),
      int('difference'),
      ref('recorded_by_id'),
      instant('recorded_at'),
    ]);
    await create('card_loss_report', [
      id(),
      ref('card_id'),
      ref('section_id'),
      ref('place_id'),
      choice('kind', ['LOST', 'STOLEN']),
      instant('discovered_at'),
      text('circumstances', 1000),
      ref('reported_by_id'),
      instant('reported_at'),
      ref('notification_id'),
    ]);
    await create('card_disposal', [
      id(),
      ref('card_id'),
      ref('section_id'),
      ref('place_id'),
      choice('reason', DISPOSAL_REASONS),
      choice('method', DISPOSAL_METHODS),
      text('method_description', 200, true),
      { name: 'ic_chip_destroyed', type: 'boolean' },
      text('performer', 100),
      text('witness', 100),
      date('awaiting_since'),
      date('disposed_on'),
      int('days_late'),
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
    for (const table of ['card_disposal', 'card_loss_report', 'card_stock_take', 'card_movement', 'resident_card']) await queryRunner.dropTable(table);
  }
}
