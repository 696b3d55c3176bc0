import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, UserImportReport, UserImportRowError } from '@pathwise/contracts';
import { generateTemporaryPassword } from '@pathwise/identity';
import { decodeTextFile, parseUserImportCsv, UserImportRow } from '@pathwise/importers';
import { randomBytes } from 'node:crypto';
import { In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { PasswordHasher } from '../auth/password-hasher';
import { DomainException } from '../common/domain.exception';
import { Team } from '../teams/team.entity';
import { User } from './user.entity';
import { UsersService } from './users.service';

/** Argon2 runs on libuv's thread pool (4 threads by default); more parallel hashes only queue. */
const HASH_CONCURRENCY = 4;

/**
 * Bulk user import from CSV. Every row is checked (format, then against the database) before
 * anything is written; the write is one transaction, so an import lands whole or not at all.
 */
@Injectable()
export class UserImportService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Team) private readonly teams: Repository<Team>,
    private readonly usersService: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async import(actor: AuthUser, file: Buffer, dryRun: boolean): Promise<UserImportReport> {
    const decoded = decodeTextFile(new Uint8Array(file));
    if (!decoded.ok) throw new DomainException(ErrorCode.ValidationFailed, decoded.message, [{ field: 'file', message: decoded.message }]);

    const parsed = parseUserImportCsv(decoded.text, {});
    const teamIdsByName = await this.teamIdsByName(parsed.rows);
    const errors = [...parsed.errors, ...(await this.databaseConflicts(parsed.rows, teamIdsByName))].sort((a, b) => a.line - b.line);
    const failedLines = new Set(errors.map((error) => error.line));
    const valid = parsed.rows.filter((row) => !failedLines.has(row.line));
    const report: UserImportReport = {
      dryRun,
      committed: false,
      totalRows: parsed.totalRows,
      validRows: valid.length,
      errors,
      created: valid.map((row) => ({ line: row.line, email: row.email, temporaryPassword: null })),
    };
    if (dryRun) return report;
    if (errors.length || !valid.length) {
      const reason = errors.length ? `${errors.length} problem(s) found; nothing was imported` : 'The file has no user rows';
      throw new DomainException(ErrorCode.ImportRejected, reason, undefined, { report });
    }

    const prepared = await this.prepare(valid);
    await this.usersService.inTransaction(async (manager) => {
      for (const { row, passwordHash } of prepared) {
        await this.usersService.insertUser(manager, {
          email: row.email,
          displayName: row.displayName,
          passwordHash,
          roles: row.roles,
          employeeNo: row.employeeNo,
          locale: row.locale ?? 'zh-CN',
          hiredOn: row.hiredOn,
          mustChangePassword: true,
          teamIds: [...new Set(row.teams.map((name) => teamIdsByName.get(name.toLowerCase()) as string))],
        });
      }
      await this.audit.record(actor, { action: 'user.import', entityType: 'user', entityId: null, details: { count: prepared.length, emails: prepared.map((p) => p.row.email) } }, manager);
    });
    return {
      ...report,
      committed: true,
      created: prepared.map(({ row, temporaryPassword }) => ({ line: row.line, email: row.email, temporaryPassword })),
    };
  }

  private async prepare(rows: UserImportRow[]): Promise<{ row: UserImportRow; passwordHash: string; temporaryPassword: string | null }[]> {
    const prepared: { row: UserImportRow; passwordHash: string; temporaryPassword: string | null }[] = [];
    for (let start = 0; start < rows.length; start += HASH_CONCURRENCY) {
      const batch = rows.slice(start, start + HASH_CONCURRENCY);
      prepared.push(
        ...(await Promise.all(
          batch.map(async (row) => {
            const temporaryPassword = row.password ? null : generateTemporaryPassword((n) => randomBytes(n));
            return { row, passwordHash: await this.hasher.hash(row.password ?? (temporaryPassword as string)), temporaryPassword };
          }),
        )),
      );
    }
    return prepared;
  }

  private async teamIdsByName(rows: UserImportRow[]): Promise<Map<string, string>> {
    const names = [...new Set(rows.flatMap((row) => row.teams))];
    if (!names.length) return new Map();
    const teams = await this.teams.find({ select: { id: true, name: true } });
    return new Map(teams.map((team) => [team.name.toLowerCase(), team.id]));
  }

  private async databaseConflicts(rows: UserImportRow[], teamIdsByName: Map<string, string>): Promise<UserImportRowError[]> {
    const errors: UserImportRowError[] = [];
    const emails = rows.map((row) => row.email);
    const employeeNos = rows.map((row) => row.employeeNo).filter((no): no is string => Boolean(no));
    const existingEmails = new Set(emails.length ? (await this.users.find({ where: { email: In(emails) }, select: { email: true } })).map((u) => u.email) : []);
    const existingNos = new Set(
      employeeNos.length ? (await this.users.find({ where: { employeeNo: In(employeeNos) }, select: { employeeNo: true } })).map((u) => u.employeeNo) : [],
    );
    for (const row of rows) {
      if (existingEmails.has(row.email)) {
        errors.push({ line: row.line, column: 'email', code: 'email.exists', params: { value: row.email }, message: `A user with e-mail ${row.email} already exists` });
      }
      if (row.employeeNo && existingNos.has(row.employeeNo)) {
        errors.push({ line: row.line, column: 'employee_no', code: 'employee_no.exists', params: { value: row.employeeNo }, message: `Employee number ${row.employeeNo} is already in use` });
      }
      for (const team of row.teams) {
        if (!teamIdsByName.has(team.toLowerCase())) errors.push({ line: row.line, column: 'teams', code: 'team.unknown', params: { value: team }, message: `There is no team named "${team}"` });
      }
    }
    return errors;
  }
}
