import { TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { portableTable } from '../portable-table';

/** organisation_unit: the organisation of 第2条第2項 (units with a kind; wards above their sections). */
export class CreateOrganisationUnit1764547300000 implements MigrationInterface {
  name = 'CreateOrganisationUnit1764547300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      portableTable(queryRunner, {
        name: 'organisation_unit',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'code', type: 'varchar', length: '64' },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'name_en', type: 'varchar', length: '200' },
          {
            name: 'kind',
            type: 'simple-enum',
            enum: [
              'BUREAU',
              'DEPARTMENT',
              'DIVISION',
              'OFFICE',
              'ESTABLISHMENT',
              'WARD_OFFICE',
              'WARD_SECTION',
              'CITIZEN_CENTRE',
              'HEALTH_CENTRE_SECTION',
              'CHILD_CONSULTATION_CENTRE',
              'ACCOUNTING_OFFICE',
              'WARD_ACCOUNTING_OFFICE',
            ],
          },
          { name: 'parent_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'uses_juki_net', type: 'boolean' },
          { name: 'version', type: 'int' },
        ],
      }),
    );
    await queryRunner.createIndex('organisation_unit', new TableIndex({ name: 'UQ_organisation_unit_code', columnNames: ['code'], isUnique: true }));
    await queryRunner.createIndex('organisation_unit', new TableIndex({ name: 'IDX_organisation_unit_parent', columnNames: ['parent_id'] }));
    await queryRunner.createForeignKey(
      'organisation_unit',
      new TableForeignKey({ name: 'FK_organisation_unit_parent', columnNames: ['parent_id'], referencedTableName: 'organisation_unit', referencedColumnNames: ['id'], onDelete: 'NO ACTION', onUpdate: 'NO ACTION' }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropForeignKey('organisation_unit', 'FK_organisation_unit_parent');
    await queryRunner.dropIndex('organisation_unit', 'IDX_organisation_unit_parent');
    await queryRunner.dropIndex('organisation_unit', 'UQ_organisation_unit_code');
    await queryRunner.dropTable('organisation_unit');
  }
}
