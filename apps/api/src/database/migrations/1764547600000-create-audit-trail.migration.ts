import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { portableTable } from '../portable-table';

const GENESIS_HASH = '0'.repeat(64);
const ACTOR_KINDS = ['ANONYMOUS', 'STAFF', 'API_CLIENT'];

/**
 * The operation history of 第19条第1項 (kept 7 years): audit_event (hash-chained events), audit_chain_head
 * (the chain's last sequence and hash, locked by every append), audit_checkpoint (left by purges) and
 * audit_legal_hold (holds that suspend purges). No foreign keys: events outlive what they name.
 */
export class CreateAuditTrail1764547600000 implements MigrationInterface {
  name = 'CreateAuditTrail1764547600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      portableTable(queryRunner, {
        name: 'audit_event',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'sequence', type: 'bigint' },
          { name: 'occurred_at', type: 'datetime', precision: 3 },
          { name: 'actor_kind', type: 'simple-enum', enum: ACTOR_KINDS },
          { name: 'actor_staff_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'actor_api_client_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'roles', type: 'varchar', length: '255' },
          { name: 'operation', type: 'varchar', length: '100' },
          { name: 'record_type', type: 'varchar', length: '64', isNullable: true },
          { name: 'record_ids', type: 'text' },
          { name: 'section_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'source', type: 'varchar', length: '45', isNullable: true },
          { name: 'outcome', type: 'simple-enum', enum: ['SUCCESS', 'DENIED', 'FAILED'] },
          { name: 'previous_hash', type: 'varchar', length: '64' },
          { name: 'hash', type: 'varchar', length: '64' },
        ],
      }),
    );
    await queryRunner.createIndex('audit_event', new TableIndex({ name: 'UQ_audit_event_sequence', columnNames: ['sequence'], isUnique: true }));
    await queryRunner.createIndex('audit_event', new TableIndex({ name: 'UQ_audit_event_previous_hash', columnNames: ['previous_hash'], isUnique: true }));
    await queryRunner.createIndex('audit_event', new TableIndex({ name: 'IDX_audit_event_occurred_at', columnNames: ['occurred_at'] }));
    await queryRunner.createIndex('audit_event', new TableIndex({ name: 'IDX_audit_event_section_sequence', columnNames: ['section_id', 'sequence'] }));

    await queryRunner.createTable(
      portableTable(queryRunner, {
        name: 'audit_chain_head',
        columns: [
          { name: 'chain', type: 'varchar', length: '32', isPrimary: true },
          { name: 'last_sequence', type: 'bigint' },
          { name: 'last_hash', type: 'varchar', length: '64' },
          { name: 'last_event_id', type: 'varchar', length: '36', isNullable: true },
        ],
      }),
    );
    await queryRunner.query('INSERT INTO audit_chain_head (chain, last_sequence, last_hash, last_event_id) VALUES (?, ?, ?, NULL)', [
      'operationHistory',
      0,
      GENESIS_HASH,
    ]);

    await queryRunner.createTable(
      portableTable(queryRunner, {
        name: 'audit_checkpoint',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'chain', type: 'varchar', length: '32' },
          { name: 'sequence', type: 'bigint' },
          { name: 'hash', type: 'varchar', length: '64' },
          { name: 'purged_count', type: 'int' },
          { name: 'purged_before', type: 'datetime', precision: 3 },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'created_by_kind', type: 'simple-enum', enum: ACTOR_KINDS },
          { name: 'created_by_staff_id', type: 'varchar', length: '36', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex('audit_checkpoint', new TableIndex({ name: 'UQ_audit_checkpoint_sequence', columnNames: ['sequence'], isUnique: true }));

    await queryRunner.createTable(
      portableTable(queryRunner, {
        name: 'audit_legal_hold',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'case_reference', type: 'varchar', length: '64' },
          { name: 'reason', type: 'varchar', length: '500' },
          { name: 'covers_from', type: 'datetime', precision: 3, isNullable: true },
          { name: 'covers_until', type: 'datetime', precision: 3, isNullable: true },
          { name: 'record_type', type: 'varchar', length: '64', isNullable: true },
          { name: 'placed_at', type: 'datetime', precision: 3 },
          { name: 'placed_by_staff_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'released_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'released_by_staff_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'version', type: 'int' },
        ],
      }),
    );
    await queryRunner.createIndex('audit_legal_hold', new TableIndex({ name: 'IDX_audit_legal_hold_released_at', columnNames: ['released_at'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('audit_legal_hold', 'IDX_audit_legal_hold_released_at');
    await queryRunner.dropTable('audit_legal_hold');
    await queryRunner.dropIndex('audit_checkpoint', 'UQ_audit_checkpoint_sequence');
    await queryRunner.dropTable('audit_checkpoint');
    await queryRunner.dropTable('audit_chain_head');
    for (const index of ['IDX_audit_event_section_sequence', 'IDX_audit_event_occurred_at', 'UQ_audit_event_previous_hash', 'UQ_audit_event_sequence']) {
      await queryRunner.dropIndex('audit_event', index);
    }
    await queryRunner.dropTable('audit_event');
  }
}
