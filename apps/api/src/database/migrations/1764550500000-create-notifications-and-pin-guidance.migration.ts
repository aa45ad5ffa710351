import { TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { portableTable } from '../portable-table';

const NOTIFICATION_KINDS = ['CARD_LOST', 'CARD_STOLEN', 'STOCK_DIFFERENCE'];

const id = (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: true });
const ref = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isNullable });
const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });
const instant = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable });

const FOREIGN_KEYS: readonly { table: string; name: string; column: string; references: string }[] = [
  { table: 'notification', name: 'FK_notification_section', column: 'section_id', references: 'organisation_unit' },
  { table: 'notification_read', name: 'FK_notification_read_notification', column: 'notification_id', references: 'notification' },
  { table: 'notification_read', name: 'FK_notification_read_staff', column: 'staff_id', references: 'staff' },
  { table: 'pin_guidance_record', name: 'FK_pin_guidance_record_section', column: 'section_id', references: 'organisation_unit' },
  { table: 'pin_guidance_record', name: 'FK_pin_guidance_record_guided_by', column: 'guided_by_id', references: 'staff' },
];

const INDEXES: readonly { readonly table: string; readonly index: TableIndex }[] = [
  { table: 'notification', index: new TableIndex({ name: 'UQ_notification_sequence', columnNames: ['sequence'], isUnique: true }) },
  { table: 'notification', index: new TableIndex({ name: 'IDX_notification_section_sequence', columnNames: ['section_id', 'sequence'] }) },
  { table: 'notification_read', index: new TableIndex({ name: 'IDX_notification_read_staff', columnNames: ['staff_id'] }) },
  { table: 'pin_guidance_record', index: new TableIndex({ name: 'UQ_pin_guidance_record_card_serial', columnNames: ['card_serial'], isUnique: true }) },
  { table: 'pin_guidance_record', index: new TableIndex({ name: 'IDX_pin_guidance_record_section_recorded', columnNames: ['section_id', 'recorded_at'] }) },
  { table: 'pin_guidance_record', index: new TableIndex({ name: 'IDX_pin_guidance_record_guided_by', columnNames: ['guided_by_id'] }) },
];

/**
 * Notifications to the officers (第10条の2第2項) with their per-person read receipts and the sequence
 * allocator that makes cluster-wide polling exact; the PIN guidance records of 第10条の4 (one per issued
 * card: the applicant entered the PIN and inserted the card themselves). No PIN is ever stored.
 */
export class CreateNotificationsAndPinGuidance1764550500000 implements MigrationInterface {
  name = 'CreateNotificationsAndPinGuidance1764550500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const create = (name: string, columns: TableColumnOptions[]) => queryRunner.createTable(portableTable(queryRunner, { name, columns }));
    await create('notification', [
      id(),
      { name: 'sequence', type: 'bigint' },
      { name: 'kind', type: 'simple-enum', enum: NOTIFICATION_KINDS },
      instant('created_at'),
      ref('section_id', true),
      text('subject_ja', 500),
      text('subject_en', 500),
      text('record_type', 64),
      text('record_id', 36),
    ]);
    await create('notification_sequence', [
      { name: 'name', type: 'varchar', length: '32', isPrimary: true },
      { name: 'last_sequence', type: 'bigint' },
    ]);
    await queryRunner.query('INSERT INTO notification_sequence (name, last_sequence) VALUES (?, ?)', ['notification', 0]);
    await create('notification_read', [id('notification_id'), id('staff_id'), instant('read_at')]);
    await create('pin_guidance_record', [
      id(),
      ref('section_id'),
      text('card_serial', 32),
      { name: 'applicant_entered_pin', type: 'boolean' },
      { name: 'applicant_inserted_card', type: 'boolean' },
      ref('guided_by_id'),
      instant('recorded_at'),
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
    for (const table of ['pin_guidance_record', 'notification_read', 'notification_sequence', 'notification']) await queryRunner.dropTable(table);
  }
}
