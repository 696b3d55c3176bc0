import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** A bulk action's audit entry names every question it touched: more than MySQL's 64 KB TEXT holds. SQLite's TEXT has no such limit. */
export class AuditDetailsLongtext1764200000000 implements MigrationInterface {
  name = 'AuditDetailsLongtext1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type === 'better-sqlite3') return;
    await queryRunner.changeColumn('audit_log', 'details', new TableColumn({ name: 'details', type: 'longtext', isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type === 'better-sqlite3') return;
    await queryRunner.changeColumn('audit_log', 'details', new TableColumn({ name: 'details', type: 'text', isNullable: true }));
  }
}
