import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** Regrade runs (progress of a background regrade) and stored item statistics per exam. */
export class GradingRuns1764100000000 implements MigrationInterface {
  name = 'GradingRuns1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const longText = queryRunner.connection.driver.options.type === 'better-sqlite3' ? 'text' : 'longtext';
    await queryRunner.createTable(
      new Table({
        name: 'regrade_runs',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'question_id', type: 'varchar', length: '36' },
          { name: 'to_version_id', type: 'varchar', length: '36' },
          { name: 'to_version', type: 'int' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'total', type: 'int' },
          { name: 'done', type: 'int', default: 0 },
          { name: 'changed', type: 'int', default: 0 },
          { name: 'created_by_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
          { name: 'finished_at', type: 'datetime', isNullable: true },
        ],
        indices: [{ name: 'ix_regrade_runs_question', columnNames: ['question_id', 'created_at'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'exam_statistics',
        columns: [
          { name: 'exam_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'payload', type: longText },
          { name: 'computed_at', type: 'datetime' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('exam_statistics');
    await queryRunner.dropTable('regrade_runs');
  }
}
