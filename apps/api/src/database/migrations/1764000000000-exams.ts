import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKey } from 'typeorm';

const uuid = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'varchar', length: '36', ...extra });
const references = (table: string, column: string, onDelete = 'CASCADE') =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete });

/** Exams, their audience, attempts with their questions and answers, and graded results. */
export class Exams1764000000000 implements MigrationInterface {
  name = 'Exams1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const longText = queryRunner.connection.driver.options.type === 'better-sqlite3' ? 'text' : 'longtext';
    await queryRunner.createTable(
      new Table({
        name: 'exams',
        columns: [
          uuid('id', { isPrimary: true }),
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'description', type: 'text', isNullable: true },
          { name: 'purpose', type: 'varchar', length: '20' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'time_limit_minutes', type: 'int', isNullable: true },
          { name: 'opens_at', type: 'datetime', isNullable: true },
          { name: 'closes_at', type: 'datetime', isNullable: true },
          { name: 'max_attempts', type: 'int', isNullable: true },
          { name: 'cooldown_minutes', type: 'int', default: 0 },
          { name: 'pass_percent', type: 'double', isNullable: true },
          { name: 'dimension_pass_percent', type: 'text' },
          { name: 'grading_method', type: 'varchar', length: '16' },
          { name: 'shuffle_questions', type: 'boolean' },
          { name: 'shuffle_options', type: 'boolean' },
          { name: 'layout', type: 'varchar', length: '20' },
          { name: 'navigation', type: 'varchar', length: '16' },
          { name: 'review', type: 'text' },
          { name: 'sections', type: longText },
          { name: 'audience_everyone', type: 'boolean' },
          uuid('created_by_id', { isNullable: true }),
          { name: 'published_at', type: 'datetime', isNullable: true },
          { name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
          { name: 'updated_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
        ],
        indices: [{ name: 'ix_exams_status', columnNames: ['status'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'exam_audience',
        columns: [uuid('exam_id', { isPrimary: true }), { name: 'kind', type: 'varchar', length: '16', isPrimary: true }, uuid('target_id', { isPrimary: true })],
        indices: [{ name: 'ix_exam_audience_target', columnNames: ['kind', 'target_id'] }],
        foreignKeys: [references('exams', 'exam_id')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'attempts',
        columns: [
          uuid('id', { isPrimary: true }),
          uuid('exam_id'),
          uuid('user_id'),
          { name: 'number', type: 'int' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'open_key', type: 'varchar', length: '80', isNullable: true },
          { name: 'seed', type: 'varchar', length: '64' },
          { name: 'started_at', type: 'datetime' },
          { name: 'deadline_at', type: 'datetime', isNullable: true },
          { name: 'submitted_at', type: 'datetime', isNullable: true },
          { name: 'submitted_by', type: 'varchar', length: '16', isNullable: true },
          { name: 'graded_at', type: 'datetime', isNullable: true },
          { name: 'question_count', type: 'int' },
          { name: 'points', type: 'double', isNullable: true },
          { name: 'max_points', type: 'double', isNullable: true },
          { name: 'percent', type: 'double', isNullable: true },
          { name: 'passed', type: 'boolean', isNullable: true },
          { name: 'dimension_results', type: 'text', isNullable: true },
        ],
        indices: [
          { name: 'uq_attempts_open_key', columnNames: ['open_key'], isUnique: true },
          { name: 'ix_attempts_exam_user', columnNames: ['exam_id', 'user_id'] },
          { name: 'ix_attempts_status_deadline', columnNames: ['status', 'deadline_at'] },
          { name: 'ix_attempts_status_submitted', columnNames: ['status', 'submitted_at'] },
        ],
        foreignKeys: [references('exams', 'exam_id', 'RESTRICT'), references('users', 'user_id')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'attempt_questions',
        columns: [
          uuid('attempt_id', { isPrimary: true }),
          { name: 'position', type: 'int', isPrimary: true },
          { name: 'section', type: 'int' },
          uuid('question_id'),
          uuid('question_version_id'),
          { name: 'points', type: 'double' },
        ],
        indices: [{ name: 'ix_attempt_questions_version', columnNames: ['question_version_id'] }],
        foreignKeys: [references('attempts', 'attempt_id'), references('question_versions', 'question_version_id', 'RESTRICT')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'attempt_answers',
        columns: [
          uuid('attempt_id', { isPrimary: true }),
          { name: 'position', type: 'int', isPrimary: true },
          // Three 10,000-character Chinese blanks are ~90 KB: more than MySQL's TEXT.
          { name: 'answer', type: longText, isNullable: true },
          { name: 'flagged', type: 'boolean', default: false },
          { name: 'seq', type: 'int' },
          { name: 'saved_at', type: 'datetime' },
        ],
        foreignKeys: [references('attempts', 'attempt_id')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'attempt_item_results',
        columns: [
          uuid('attempt_id', { isPrimary: true }),
          { name: 'position', type: 'int', isPrimary: true },
          { name: 'points', type: 'double' },
          { name: 'max_points', type: 'double' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'detail', type: longText },
          { name: 'manual', type: 'boolean', default: false },
          uuid('graded_by_id', { isNullable: true }),
          { name: 'comment', type: 'text', isNullable: true },
          { name: 'graded_at', type: 'datetime' },
        ],
        foreignKeys: [references('attempts', 'attempt_id')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['attempt_item_results', 'attempt_answers', 'attempt_questions', 'attempts', 'exam_audience', 'exams']) await queryRunner.dropTable(table);
  }
}
