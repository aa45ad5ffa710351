import { TableColumn, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { isMysqlFamily } from '../portable-table';

const FACTS_KEY = new TableIndex({ name: 'UQ_printed_form_output_facts', columnNames: ['id', 'quantity', 'output_date'], isUnique: true });
const RECORDED = new TableIndex({ name: 'IDX_printed_form_output_recorded', columnNames: ['output_date', 'recorded_at', 'section_id'] });
const OLD_OUTPUT_INDEX = new TableIndex({ name: 'IDX_form_disposal_output', columnNames: ['output_id', 'disposed_on'] });
const OUTPUT_FACTS_INDEX = new TableIndex({
  name: 'IDX_form_disposal_output_facts',
  columnNames: ['output_id', 'output_quantity', 'output_date', 'disposed_on', 'recorded_at', 'quantity'],
});
const OUTPUT_FK = (columns: string[], referenced: string[]): TableForeignKey =>
  new TableForeignKey({
    name: 'FK_form_disposal_output',
    columnNames: columns,
    referencedTableName: 'printed_form_output',
    referencedColumnNames: referenced,
    onDelete: 'NO ACTION',
    onUpdate: 'NO ACTION',
  });

/**
 * 第10条第3項 at scale (docs/compliance.md "Benchmark"): every form disposal keeps its output's quantity and
 * output date (`output_quantity`, `output_date`, filled in from the outputs here) under a composite foreign key
 * to `printed_form_output (id, quantity, output_date)`, which replaces the plain one on `output_id`. The
 * database then guarantees the copy equals the output, and the compliance checks reconcile each disposal on
 * its own row instead of joining every disposal of the city to its output. Plus the indexes those checks
 * read: an output's disposals by date (covering the sum), and the outputs recorded by a date.
 */
export class FormDisposalOutputFacts1764552000000 implements MigrationInterface {
  name = 'FormDisposalOutputFacts1764552000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const integer = isMysqlFamily(queryRunner) ? 'int' : 'integer';
    await queryRunner.createIndex('printed_form_output', FACTS_KEY);
    await queryRunner.createIndex('printed_form_output', RECORDED);
    await queryRunner.dropForeignKey('form_disposal', 'FK_form_disposal_output');
    await queryRunner.dropIndex('form_disposal', OLD_OUTPUT_INDEX.name as string);
    await queryRunner.addColumns('form_disposal', [
      new TableColumn({ name: 'output_quantity', type: integer, isNullable: true }),
      new TableColumn({ name: 'output_date', type: 'date', isNullable: true }),
    ]);
    await queryRunner.query(
      'UPDATE form_disposal SET output_quantity = (SELECT o.quantity FROM printed_form_output o WHERE o.id = form_disposal.output_id), ' +
        'output_date = (SELECT o.output_date FROM printed_form_output o WHERE o.id = form_disposal.output_id)',
    );
    await queryRunner.changeColumn('form_disposal', 'output_quantity', new TableColumn({ name: 'output_quantity', type: integer, isNullable: false }));
    await queryRunner.changeColumn('form_disposal', 'output_date', new TableColumn({ name: 'output_date', type: 'date', isNullable: false }));
    // The table as it is now: TypeORM's SQLite runner would otherwise rebuild it from a cached definition that
    // predates the NOT NULL change.
    const changed = await queryRunner.getTable('form_disposal');
    if (!changed) throw new Error('form_disposal is missing');
    await queryRunner.createIndex(changed, OUTPUT_FACTS_INDEX);
    await queryRunner.createForeignKey(changed, OUTPUT_FK(['output_id', 'output_quantity', 'output_date'], ['id', 'quantity', 'output_date']));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropForeignKey('form_disposal', 'FK_form_disposal_output');
    await queryRunner.dropIndex('form_disposal', OUTPUT_FACTS_INDEX.name as string);
    await queryRunner.dropColumns('form_disposal', ['output_quantity', 'output_date']);
    await queryRunner.createIndex('form_disposal', OLD_OUTPUT_INDEX);
    await queryRunner.createForeignKey('form_disposal', OUTPUT_FK(['output_id'], ['id']));
    await queryRunner.dropIndex('printed_form_output', RECORDED.name as string);
    await queryRunner.dropIndex('printed_form_output', FACTS_KEY.name as string);
  }
}
