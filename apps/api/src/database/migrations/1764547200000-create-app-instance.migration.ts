import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { portableTable } from '../portable-table';

/** app_instance: one row per API process start (scale-out visibility). */
export class CreateAppInstance1764547200000 implements MigrationInterface {
  name = 'CreateAppInstance1764547200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      portableTable(queryRunner, {
        name: 'app_instance',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'hostname', type: 'varchar', length: '255' },
          { name: 'pid', type: 'int' },
          { name: 'version', type: 'varchar', length: '64' },
          { name: 'started_at', type: 'datetime', precision: 3 },
          { name: 'database_kind', type: 'simple-enum', enum: ['sqlite', 'mariadb', 'mysql'] },
        ],
      }),
    );
    await queryRunner.createIndex(
      'app_instance',
      new TableIndex({ name: 'IDX_app_instance_started_at', columnNames: ['started_at'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('app_instance', 'IDX_app_instance_started_at');
    await queryRunner.dropTable('app_instance');
  }
}
