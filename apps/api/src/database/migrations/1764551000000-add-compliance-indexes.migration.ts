import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Indexes for the compliance report at scale (第6条第3項第2号, docs/compliance.md "Benchmark"): each lets a
 * check's SQL reach its few offending rows by a range instead of scanning its table city-wide (EXPLAIN on
 * MariaDB 10.11 with the bench data, recorded in docs/compliance.md).
 */
const INDEXES: readonly { readonly table: string; readonly index: TableIndex }[] = [
  // 第20条第5項 (lost card revoked): `lost_reported_at IS NOT NULL AND lost_reported_at < ?`.
  { table: 'operator_id_card', index: new TableIndex({ name: 'IDX_operator_id_card_lost_reported', columnNames: ['lost_reported_at'] }) },
  // 第21条第3項 (locked account reviewed): `locked_at IS NOT NULL AND locked_at < ?`.
  { table: 'credential', index: new TableIndex({ name: 'IDX_credential_locked', columnNames: ['locked_at'] }) },
  // 第20条第1項 (card returned): leavers `employment_status <> 'ACTIVE' AND employment_status_since < ?`.
  { table: 'staff', index: new TableIndex({ name: 'IDX_staff_employment_status', columnNames: ['employment_status', 'employment_status_since'] }) },
  // 第10条第3項 (forms disposed in time): `keep_until < ?`.
  { table: 'printed_form_output', index: new TableIndex({ name: 'IDX_printed_form_output_keep_until', columnNames: ['keep_until'] }) },
  // 第10条の3第1号 (card disposal not overdue): `state = 'AWAITING_DISPOSAL' AND awaiting_disposal_since <= ?`.
  { table: 'resident_card', index: new TableIndex({ name: 'IDX_resident_card_state', columnNames: ['state', 'awaiting_disposal_since'] }) },
  // 第10条の3第1号, disposals made late: `disposed_on > ?` (as of a past date).
  { table: 'card_disposal', index: new TableIndex({ name: 'IDX_card_disposal_disposed_on', columnNames: ['disposed_on'] }) },
  // 第10条の2第2項 (every loss reported): the movements into LOST/STOLEN `to_state IN (…) AND occurred_at < ?`.
  { table: 'card_movement', index: new TableIndex({ name: 'IDX_card_movement_to_state', columnNames: ['to_state', 'occurred_at'] }) },
];

export class AddComplianceIndexes1764551000000 implements MigrationInterface {
  name = 'AddComplianceIndexes1764551000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, index } of INDEXES) await queryRunner.createIndex(table, index);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, index } of [...INDEXES].reverse()) await queryRunner.dropIndex(table, index.name as string);
  }
}
