import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKey } from 'typeorm';

const uuid = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'varchar', length: '36', ...extra });
const createdAt: TableColumnOptions = { name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' };
const updatedAt: TableColumnOptions = { name: 'updated_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' };
const cascadeTo = (table: string, column: string, onDelete = 'CASCADE') =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete });

/** Users, roles, teams, sessions, audit log and capability dimensions. */
export class Identity1763800000000 implements MigrationInterface {
  name = 'Identity1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          uuid('id', { isPrimary: true }),
          { name: 'email', type: 'varchar', length: '254' },
          { name: 'display_name', type: 'varchar', length: '120' },
          { name: 'password_hash', type: 'varchar', length: '255' },
          { name: 'locale', type: 'varchar', length: '8', default: "'en'" },
          { name: 'active', type: 'boolean', default: true },
          { name: 'must_change_password', type: 'boolean', default: false },
          { name: 'employee_no', type: 'varchar', length: '64', isNullable: true },
          uuid('certification_level_id', { isNullable: true }),
          { name: 'hired_on', type: 'date', isNullable: true },
          { name: 'last_login_at', type: 'datetime', isNullable: true },
          createdAt,
          updatedAt,
        ],
        indices: [
          { name: 'uq_users_email', columnNames: ['email'], isUnique: true },
          { name: 'uq_users_employee_no', columnNames: ['employee_no'], isUnique: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'user_roles',
        columns: [uuid('user_id', { isPrimary: true }), { name: 'role', type: 'varchar', length: '16', isPrimary: true }],
        foreignKeys: [cascadeTo('users', 'user_id')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'teams',
        columns: [
          uuid('id', { isPrimary: true }),
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'description', type: 'text', isNullable: true },
          uuid('supervisor_id', { isNullable: true }),
          createdAt,
          updatedAt,
        ],
        indices: [{ name: 'uq_teams_name', columnNames: ['name'], isUnique: true }],
        foreignKeys: [cascadeTo('users', 'supervisor_id', 'SET NULL')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'team_members',
        columns: [uuid('team_id', { isPrimary: true }), uuid('user_id', { isPrimary: true }), { name: 'joined_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' }],
        indices: [{ name: 'ix_team_members_user', columnNames: ['user_id'] }],
        foreignKeys: [cascadeTo('teams', 'team_id'), cascadeTo('users', 'user_id')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'refresh_tokens',
        columns: [
          uuid('id', { isPrimary: true }),
          uuid('user_id'),
          uuid('family_id'),
          { name: 'token_hash', type: 'varchar', length: '64' },
          { name: 'expires_at', type: 'datetime' },
          { name: 'revoked_at', type: 'datetime', isNullable: true },
          { name: 'revoked_reason', type: 'varchar', length: '32', isNullable: true },
          { name: 'user_agent', type: 'varchar', length: '255', isNullable: true },
          createdAt,
        ],
        indices: [
          { name: 'ix_refresh_tokens_family', columnNames: ['family_id'] },
          { name: 'ix_refresh_tokens_expires', columnNames: ['expires_at'] },
          { name: 'ix_refresh_tokens_user', columnNames: ['user_id'] },
        ],
        foreignKeys: [cascadeTo('users', 'user_id')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          uuid('actor_id', { isNullable: true }),
          { name: 'action', type: 'varchar', length: '64' },
          { name: 'entity_type', type: 'varchar', length: '32' },
          uuid('entity_id', { isNullable: true }),
          { name: 'details', type: 'text', isNullable: true },
          { name: 'request_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'ip', type: 'varchar', length: '64', isNullable: true },
          createdAt,
        ],
        indices: [
          { name: 'ix_audit_log_created', columnNames: ['created_at'] },
          { name: 'ix_audit_log_entity', columnNames: ['entity_type', 'entity_id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'capability_dimensions',
        columns: [
          uuid('id', { isPrimary: true }),
          { name: 'code', type: 'varchar', length: '64' },
          { name: 'name_en', type: 'varchar', length: '120' },
          { name: 'name_zh', type: 'varchar', length: '120' },
          { name: 'sort_order', type: 'int', default: 0 },
          { name: 'active', type: 'boolean', default: true },
          createdAt,
        ],
        indices: [{ name: 'uq_capability_dimensions_code', columnNames: ['code'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['capability_dimensions', 'audit_log', 'refresh_tokens', 'team_members', 'teams', 'user_roles', 'users']) {
      await queryRunner.dropTable(table);
    }
  }
}
