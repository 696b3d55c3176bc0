import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKey } from 'typeorm';

const uuid = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'varchar', length: '36', ...extra });
const createdAt: TableColumnOptions = { name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' };
const updatedAt: TableColumnOptions = { name: 'updated_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' };
const references = (table: string, column: string, onDelete = 'CASCADE') =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete });

/** Question banks, category trees, versioned questions, tags, dimensions, files and imports. */
export class QuestionBank1763900000000 implements MigrationInterface {
  name = 'QuestionBank1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // MySQL's TEXT holds 64 KB; a scenario's case text and parts can exceed it.
    const longText = queryRunner.connection.driver.options.type === 'better-sqlite3' ? 'text' : 'longtext';
    await queryRunner.createTable(
      new Table({
        name: 'question_banks',
        columns: [
          uuid('id', { isPrimary: true }),
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'description', type: 'text', isNullable: true },
          uuid('created_by_id', { isNullable: true }),
          createdAt,
          updatedAt,
        ],
        indices: [{ name: 'uq_question_banks_name', columnNames: ['name'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'question_categories',
        columns: [
          uuid('id', { isPrimary: true }),
          uuid('bank_id'),
          uuid('parent_id', { isNullable: true }),
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'sort_order', type: 'int', default: 0 },
          createdAt,
        ],
        indices: [{ name: 'ix_question_categories_bank_parent', columnNames: ['bank_id', 'parent_id'] }],
        // The tree's parent link is kept consistent by the service (moves, deletes with content moved).
        foreignKeys: [references('question_banks', 'bank_id')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'questions',
        columns: [
          uuid('id', { isPrimary: true }),
          uuid('bank_id'),
          uuid('category_id'),
          { name: 'current_version', type: 'int' },
          { name: 'name', type: 'varchar', length: '255' },
          { name: 'type', type: 'varchar', length: '16' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'difficulty', type: 'int', isNullable: true },
          { name: 'bloom', type: 'varchar', length: '16', isNullable: true },
          { name: 'default_points', type: 'double' },
          { name: 'id_number', type: 'varchar', length: '100', isNullable: true },
          { name: 'search_text', type: longText },
          { name: 'excerpt', type: 'varchar', length: '255' },
          uuid('author_id', { isNullable: true }),
          uuid('updated_by_id', { isNullable: true }),
          createdAt,
          updatedAt,
        ],
        indices: [
          { name: 'ix_questions_bank_category', columnNames: ['bank_id', 'category_id'] },
          { name: 'ix_questions_bank_updated', columnNames: ['bank_id', 'updated_at'] },
        ],
        foreignKeys: [references('question_banks', 'bank_id'), references('question_categories', 'category_id', 'RESTRICT')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'question_versions',
        columns: [
          uuid('id', { isPrimary: true }),
          uuid('question_id'),
          { name: 'version', type: 'int' },
          { name: 'name', type: 'varchar', length: '255' },
          { name: 'type', type: 'varchar', length: '16' },
          { name: 'definition', type: longText },
          { name: 'default_points', type: 'double' },
          { name: 'change_note', type: 'varchar', length: '500', isNullable: true },
          uuid('created_by_id', { isNullable: true }),
          createdAt,
        ],
        indices: [{ name: 'uq_question_versions_question_version', columnNames: ['question_id', 'version'], isUnique: true }],
        foreignKeys: [references('questions', 'question_id')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'question_tags',
        columns: [uuid('question_id', { isPrimary: true }), { name: 'tag', type: 'varchar', length: '64' }, { name: 'tag_key', type: 'varchar', length: '64', isPrimary: true }],
        indices: [{ name: 'ix_question_tags_key', columnNames: ['tag_key'] }],
        foreignKeys: [references('questions', 'question_id')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'question_dimensions',
        columns: [uuid('question_id', { isPrimary: true }), uuid('dimension_id', { isPrimary: true })],
        indices: [{ name: 'ix_question_dimensions_dimension', columnNames: ['dimension_id'] }],
        foreignKeys: [references('questions', 'question_id'), references('capability_dimensions', 'dimension_id')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'question_files',
        columns: [
          uuid('id', { isPrimary: true }),
          uuid('bank_id'),
          { name: 'name', type: 'varchar', length: '255' },
          { name: 'mime_type', type: 'varchar', length: '100' },
          { name: 'size', type: 'int' },
          { name: 'sha256', type: 'varchar', length: '64' },
          uuid('created_by_id', { isNullable: true }),
          createdAt,
        ],
        indices: [{ name: 'ix_question_files_bank_sha', columnNames: ['bank_id', 'sha256'] }],
        foreignKeys: [references('question_banks', 'bank_id')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'question_imports',
        columns: [
          uuid('id', { isPrimary: true }),
          uuid('bank_id'),
          { name: 'format', type: 'varchar', length: '16' },
          { name: 'file_name', type: 'varchar', length: '255' },
          { name: 'sha256', type: 'varchar', length: '64' },
          { name: 'size', type: 'int' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'accepted_count', type: 'int' },
          { name: 'rejected_count', type: 'int' },
          uuid('created_by_id', { isNullable: true }),
          createdAt,
          { name: 'committed_at', type: 'datetime', isNullable: true },
        ],
        indices: [{ name: 'ix_question_imports_bank', columnNames: ['bank_id', 'created_at'] }],
        foreignKeys: [references('question_banks', 'bank_id')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['question_imports', 'question_files', 'question_dimensions', 'question_tags', 'question_versions', 'questions', 'question_categories', 'question_banks']) {
      await queryRunner.dropTable(table);
    }
  }
}
