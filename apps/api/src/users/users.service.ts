import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, Page, Role, UserSummary } from '@pathwise/contracts';
import { checkPasswordPolicy, describePasswordProblems, normalizeEmail } from '@pathwise/identity';
import { Brackets, EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessScopeService } from '../auth/access-scope.service';
import { AuthUser } from '../auth/auth-user';
import { PasswordHasher } from '../auth/password-hasher';
import { RefreshTokensService } from '../auth/refresh-tokens.service';
import { DomainException, notFound } from '../common/domain.exception';
import { translateUniqueViolation } from '../common/unique-violation';
import { TeamMember } from '../teams/team-member.entity';
import { Team } from '../teams/team.entity';
import { CreateUserDto, UpdateUserDto, UserListQueryDto } from './dto/user.dto';
import { UserRole } from './user-role.entity';
import { TeamRef, toUserSummary } from './user-views';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly scope: AccessScopeService,
    private readonly audit: AuditService,
    private readonly refreshTokens: RefreshTokensService,
  ) {}

  async list(actor: AuthUser, query: UserListQueryDto): Promise<Page<UserSummary>> {
    const qb = this.users.createQueryBuilder('user').leftJoinAndSelect('user.roles', 'role').orderBy('user.displayName', 'ASC').addOrderBy('user.id', 'ASC');
    await this.applyVisibility(qb, actor);
    if (query.search) {
      const term = `%${escapeLike(query.search.trim().toLowerCase())}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where("LOWER(user.displayName) LIKE :term ESCAPE '!'", { term })
            .orWhere("user.email LIKE :term ESCAPE '!'")
            .orWhere("LOWER(user.employeeNo) LIKE :term ESCAPE '!'"),
        ),
      );
    }
    if (query.role) qb.andWhere('EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = user.id AND r.role = :role)', { role: query.role });
    if (query.teamId) qb.andWhere('EXISTS (SELECT 1 FROM team_members tm WHERE tm.user_id = user.id AND tm.team_id = :teamId)', { teamId: query.teamId });
    if (query.active !== undefined) qb.andWhere('user.active = :active', { active: query.active });
    const [rows, total] = await qb.skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
    const teams = await this.teamsOf(rows.map((row) => row.id));
    return { items: rows.map((row) => toUserSummary(row, teams.get(row.id) ?? [])), total, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: AuthUser, id: string): Promise<UserSummary> {
    const user = await this.users.findOne({ where: { id }, relations: { roles: true } });
    await this.scope.assertCanViewUser(actor, id, Boolean(user));
    return this.summary(user as User);
  }

  async create(actor: AuthUser, dto: CreateUserDto): Promise<UserSummary> {
    const email = normalizeEmail(dto.email);
    this.assertPasswordAcceptable(dto.password, email, dto.displayName);
    // Refuse a taken e-mail before paying for a hash; the check inside the transaction still decides.
    await this.assertEmailFree(this.users.manager, email);
    const passwordHash = await this.hasher.hash(dto.password);
    const id = await this.inTransaction(async (manager) => {
      await this.assertEmailFree(manager, email);
      await this.assertEmployeeNoFree(manager, dto.employeeNo ?? null);
      const user = await this.insertUser(manager, {
        email,
        displayName: dto.displayName,
        passwordHash,
        roles: dto.roles,
        employeeNo: dto.employeeNo ?? null,
        locale: dto.locale ?? 'en',
        hiredOn: dto.hiredOn ?? null,
        mustChangePassword: dto.mustChangePassword ?? false,
        teamIds: dto.teamIds ?? [],
      });
      await this.audit.record(actor, { action: 'user.create', entityType: 'user', entityId: user.id, details: { email, roles: dto.roles, teamIds: dto.teamIds ?? [] } }, manager);
      return user.id;
    });
    return this.summary(await this.load(id));
  }

  /** Inserts a user with roles and team memberships inside the caller's transaction. Used by create and by CSV import. */
  async insertUser(
    manager: EntityManager,
    data: { email: string; displayName: string; passwordHash: string; roles: Role[]; employeeNo: string | null; locale: User['locale']; hiredOn: string | null; mustChangePassword: boolean; teamIds: string[] },
  ): Promise<User> {
    await this.assertTeamsExist(manager, data.teamIds);
    const user = manager.create(User, {
      email: data.email,
      displayName: data.displayName,
      passwordHash: data.passwordHash,
      employeeNo: data.employeeNo,
      locale: data.locale,
      hiredOn: data.hiredOn,
      mustChangePassword: data.mustChangePassword,
      active: true,
      certificationLevelId: null,
      lastLoginAt: null,
    });
    await manager.save(user);
    await manager.insert(UserRole, data.roles.map((role) => ({ userId: user.id, role })));
    if (data.teamIds.length) await manager.insert(TeamMember, data.teamIds.map((teamId) => ({ teamId, userId: user.id })));
    return user;
  }

  async update(actor: AuthUser, id: string, dto: UpdateUserDto): Promise<UserSummary> {
    await this.inTransaction(async (manager) => {
      const user = await manager.findOne(User, { where: { id }, relations: { roles: true } });
      if (!user) throw notFound('User');
      const changes: Record<string, unknown> = {};
      if (dto.email !== undefined) {
        const email = normalizeEmail(dto.email);
        if (email !== user.email) {
          await this.assertEmailFree(manager, email);
          changes['email'] = user.email = email;
        }
      }
      if (dto.employeeNo !== undefined && dto.employeeNo !== user.employeeNo) {
        await this.assertEmployeeNoFree(manager, dto.employeeNo);
        changes['employeeNo'] = user.employeeNo = dto.employeeNo;
      }
      if (dto.displayName !== undefined) changes['displayName'] = user.displayName = dto.displayName;
      if (dto.locale !== undefined) changes['locale'] = user.locale = dto.locale;
      if (dto.hiredOn !== undefined) changes['hiredOn'] = user.hiredOn = dto.hiredOn;
      await manager.save(User, { ...user, roles: undefined });
      if (dto.roles) {
        if (id === actor.id && !dto.roles.includes(Role.Admin)) throw new DomainException(ErrorCode.Forbidden, 'You cannot remove your own admin role');
        await manager.delete(UserRole, { userId: id });
        await manager.insert(UserRole, dto.roles.map((role) => ({ userId: id, role })));
        changes['roles'] = dto.roles;
      }
      if (dto.teamIds) {
        await this.assertTeamsExist(manager, dto.teamIds);
        await manager.delete(TeamMember, { userId: id });
        if (dto.teamIds.length) await manager.insert(TeamMember, dto.teamIds.map((teamId) => ({ teamId, userId: id })));
        changes['teamIds'] = dto.teamIds;
      }
      await this.audit.record(actor, { action: 'user.update', entityType: 'user', entityId: id, details: changes }, manager);
    });
    return this.summary(await this.load(id));
  }

  async setActive(actor: AuthUser, id: string, active: boolean): Promise<UserSummary> {
    if (!active && id === actor.id) throw new DomainException(ErrorCode.CannotDeactivateSelf, 'You cannot deactivate your own account');
    await this.users.manager.transaction(async (manager) => {
      const result = await manager.update(User, { id }, { active });
      if (!result.affected) throw notFound('User');
      if (!active) await this.refreshTokens.revokeAllForUser(id, 'deactivated', manager);
      await this.audit.record(actor, { action: active ? 'user.reactivate' : 'user.deactivate', entityType: 'user', entityId: id }, manager);
    });
    return this.summary(await this.load(id));
  }

  async resetPassword(actor: AuthUser, id: string, newPassword: string): Promise<void> {
    const user = await this.load(id);
    this.assertPasswordAcceptable(newPassword, user.email, user.displayName, 'newPassword');
    const passwordHash = await this.hasher.hash(newPassword);
    await this.users.manager.transaction(async (manager) => {
      await manager.update(User, { id }, { passwordHash, mustChangePassword: true });
      await this.refreshTokens.revokeAllForUser(id, 'password-changed', manager);
      await this.audit.record(actor, { action: 'user.reset-password', entityType: 'user', entityId: id }, manager);
    });
  }

  assertPasswordAcceptable(password: string, email: string, displayName?: string, field = 'password'): void {
    const problems = checkPasswordPolicy(password, { email, displayName });
    if (problems.length) {
      throw new DomainException(
        ErrorCode.WeakPassword,
        describePasswordProblems(problems),
        problems.map((code) => ({ field, code, message: describePasswordProblems([code]) })),
      );
    }
  }

  async teamsOf(userIds: string[]): Promise<Map<string, TeamRef[]>> {
    const byUser = new Map<string, TeamRef[]>();
    if (!userIds.length) return byUser;
    const rows = await this.users.manager
      .createQueryBuilder(TeamMember, 'tm')
      .innerJoin(Team, 'team', 'team.id = tm.team_id')
      .select(['tm.user_id AS userId', 'team.id AS id', 'team.name AS name'])
      .where({ userId: In(userIds) })
      .orderBy('team.name')
      .getRawMany<{ userId: string; id: string; name: string }>();
    for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), { id: row.id, name: row.name }]);
    return byUser;
  }

  private async applyVisibility(qb: SelectQueryBuilder<User>, actor: AuthUser): Promise<void> {
    const visibility = await this.scope.userVisibility(actor);
    switch (visibility.kind) {
      case 'all':
        return;
      case 'teams':
        qb.andWhere(
          new Brackets((w) => {
            w.where('user.id = :self', { self: actor.id });
            if (visibility.teamIds.length) {
              w.orWhere('EXISTS (SELECT 1 FROM team_members vis WHERE vis.user_id = user.id AND vis.team_id IN (:...visibleTeams))', { visibleTeams: visibility.teamIds });
            }
          }),
        );
        return;
      case 'self':
        qb.andWhere('user.id = :self', { self: actor.id });
        return;
    }
  }

  /** A transaction whose unique-index races surface as the same errors the explicit checks raise. */
  async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.users.manager.transaction(work);
    } catch (error) {
      throw translateUniqueViolation(error, {
        uq_users_email: emailTaken,
        'users.email': emailTaken,
        uq_users_employee_no: employeeNoTaken,
        'users.employee_no': employeeNoTaken,
      });
    }
  }

  private async load(id: string): Promise<User> {
    const user = await this.users.findOne({ where: { id }, relations: { roles: true } });
    if (!user) throw notFound('User');
    return user;
  }

  private async summary(user: User): Promise<UserSummary> {
    return toUserSummary(user, (await this.teamsOf([user.id])).get(user.id) ?? []);
  }

  private async assertEmailFree(manager: EntityManager, email: string): Promise<void> {
    if (await manager.exists(User, { where: { email } })) throw emailTaken(email);
  }

  /** Case-insensitive on every database (MySQL's collation already is; SQLite's is not). */
  private async assertEmployeeNoFree(manager: EntityManager, employeeNo: string | null): Promise<void> {
    const taken = employeeNo && (await manager.createQueryBuilder(User, 'user').where('LOWER(user.employeeNo) = LOWER(:employeeNo)', { employeeNo }).getExists());
    if (taken) throw employeeNoTaken(employeeNo);
  }

  private async assertTeamsExist(manager: EntityManager, teamIds: string[]): Promise<void> {
    if (!teamIds.length) return;
    const found = await manager.count(Team, { where: { id: In(teamIds) } });
    if (found !== teamIds.length) throw new DomainException(ErrorCode.ValidationFailed, 'One or more teams do not exist', [{ field: 'teamIds', message: 'Unknown team' }]);
  }
}

/** `%` and `_` typed by a user are literal characters, not wildcards. `!` escapes: `\\` means different things in MySQL and SQLite literals. */
const escapeLike = (text: string) => text.replace(/[!%_]/g, (character) => `!${character}`);

const emailTaken = (email?: string) =>
  new DomainException(ErrorCode.EmailTaken, email ? `A user with e-mail ${email} already exists` : 'This e-mail is already in use', [{ field: 'email', message: 'This e-mail is already in use' }]);

const employeeNoTaken = (employeeNo?: string) =>
  new DomainException(ErrorCode.Conflict, employeeNo ? `Employee number ${employeeNo} is already in use` : 'This employee number is already in use', [
    { field: 'employeeNo', message: 'This employee number is already in use' },
  ]);
