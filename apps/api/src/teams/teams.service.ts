import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, Role, TeamDetail, TeamSummary } from '@pathwise/contracts';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessScopeService } from '../auth/access-scope.service';
import { AuthUser } from '../auth/auth-user';
import { DomainException, notFound } from '../common/domain.exception';
import { translateUniqueViolation } from '../common/unique-violation';
import { UserRole } from '../users/user-role.entity';
import { User } from '../users/user.entity';
import { CreateTeamDto, UpdateTeamDto } from './dto/team.dto';
import { TeamMember } from './team-member.entity';
import { Team } from './team.entity';

@Injectable()
export class TeamsService {
  constructor(
    @InjectRepository(Team) private readonly teams: Repository<Team>,
    private readonly scope: AccessScopeService,
    private readonly audit: AuditService,
  ) {}

  /** Admins and trainers see every team; others the teams they supervise or belong to. */
  async list(actor: AuthUser): Promise<TeamSummary[]> {
    const qb = this.teams
      .createQueryBuilder('team')
      .leftJoinAndSelect('team.supervisor', 'supervisor')
      .orderBy('team.name', 'ASC');
    if (!actor.roles.some((role) => role === Role.Admin || role === Role.Trainer)) {
      qb.where('team.supervisor_id = :me OR EXISTS (SELECT 1 FROM team_members m WHERE m.team_id = team.id AND m.user_id = :me)', { me: actor.id });
    }
    const teams = await qb.getMany();
    const counts = await this.memberCounts(teams.map((team) => team.id));
    return teams.map((team) => toSummary(team, counts.get(team.id) ?? 0));
  }

  async get(actor: AuthUser, id: string): Promise<TeamDetail> {
    const team = await this.teams.findOne({ where: { id }, relations: { supervisor: true } });
    if (!team) throw notFound('Team');
    await this.scope.assertCanViewTeam(actor, id);
    return this.detail(team);
  }

  async create(actor: AuthUser, dto: CreateTeamDto): Promise<TeamDetail> {
    const id = await this.inTransaction(async (manager) => {
      await this.assertNameFree(manager, dto.name);
      if (dto.supervisorId) await this.assertSupervisor(manager, dto.supervisorId);
      const team = await manager.save(manager.create(Team, { name: dto.name, description: dto.description ?? null, supervisorId: dto.supervisorId ?? null }));
      await this.replaceMembers(manager, team.id, dto.memberIds ?? []);
      await this.audit.record(actor, { action: 'team.create', entityType: 'team', entityId: team.id, details: { name: dto.name, supervisorId: dto.supervisorId ?? null, memberCount: dto.memberIds?.length ?? 0 } }, manager);
      return team.id;
    });
    return this.get(actor, id);
  }

  async update(actor: AuthUser, id: string, dto: UpdateTeamDto): Promise<TeamDetail> {
    await this.inTransaction(async (manager) => {
      const team = await manager.findOne(Team, { where: { id } });
      if (!team) throw notFound('Team');
      if (dto.name !== undefined && dto.name !== team.name) await this.assertNameFree(manager, dto.name, id);
      if (dto.supervisorId) await this.assertSupervisor(manager, dto.supervisorId);
      const changes = {
        ...(dto.name !== undefined && { name: dto.name }),
        ...(dto.description !== undefined && { description: dto.description }),
        ...(dto.supervisorId !== undefined && { supervisorId: dto.supervisorId }),
      };
      await manager.update(Team, { id }, changes);
      await this.audit.record(actor, { action: 'team.update', entityType: 'team', entityId: id, details: changes }, manager);
    });
    return this.get(actor, id);
  }

  async setMembers(actor: AuthUser, id: string, memberIds: string[]): Promise<TeamDetail> {
    await this.teams.manager.transaction(async (manager) => {
      if (!(await manager.exists(Team, { where: { id } }))) throw notFound('Team');
      await this.replaceMembers(manager, id, memberIds);
      await this.audit.record(actor, { action: 'team.set-members', entityType: 'team', entityId: id, details: { memberIds } }, manager);
    });
    return this.get(actor, id);
  }

  async remove(actor: AuthUser, id: string): Promise<void> {
    await this.teams.manager.transaction(async (manager) => {
      const team = await manager.findOne(Team, { where: { id } });
      if (!team) throw notFound('Team');
      await manager.delete(Team, { id });
      await this.audit.record(actor, { action: 'team.delete', entityType: 'team', entityId: id, details: { name: team.name } }, manager);
    });
  }

  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.teams.manager.transaction(work);
    } catch (error) {
      throw translateUniqueViolation(error, { uq_teams_name: teamNameTaken, 'teams.name': teamNameTaken });
    }
  }

  private async memberCounts(teamIds: string[]): Promise<Map<string, number>> {
    if (!teamIds.length) return new Map();
    const rows = await this.teams.manager
      .createQueryBuilder(TeamMember, 'member')
      .select('member.team_id', 'teamId')
      .addSelect('COUNT(*)', 'count')
      .where({ teamId: In(teamIds) })
      .groupBy('member.team_id')
      .getRawMany<{ teamId: string; count: string | number }>();
    return new Map(rows.map((row) => [row.teamId, Number(row.count)]));
  }

  private async detail(team: Team): Promise<TeamDetail> {
    const members = await this.teams.manager
      .createQueryBuilder(User, 'user')
      .innerJoin(TeamMember, 'tm', 'tm.user_id = user.id AND tm.team_id = :teamId', { teamId: team.id })
      .orderBy('user.displayName', 'ASC')
      .getMany();
    return {
      ...toSummary(team, members.length),
      members: members.map((member) => ({ id: member.id, displayName: member.displayName, email: member.email, active: member.active })),
    };
  }

  private async replaceMembers(manager: EntityManager, teamId: string, memberIds: string[]): Promise<void> {
    if (memberIds.length && (await manager.count(User, { where: { id: In(memberIds) } })) !== memberIds.length) {
      throw new DomainException(ErrorCode.ValidationFailed, 'One or more members do not exist', [{ field: 'memberIds', message: 'Unknown user' }]);
    }
    await manager.delete(TeamMember, { teamId });
    for (let start = 0; start < memberIds.length; start += 500) {
      await manager.insert(TeamMember, memberIds.slice(start, start + 500).map((userId) => ({ teamId, userId })));
    }
  }

  private async assertNameFree(manager: EntityManager, name: string, exceptId?: string): Promise<void> {
    // Case-insensitive on every database, like the importer's team lookup.
    const query = manager.createQueryBuilder(Team, 'team').where('LOWER(team.name) = LOWER(:name)', { name });
    if (exceptId) query.andWhere('team.id != :exceptId', { exceptId });
    const taken = await query.getExists();
    if (taken) throw teamNameTaken(name);
  }

  private async assertSupervisor(manager: EntityManager, userId: string): Promise<void> {
    if (!(await manager.exists(UserRole, { where: { userId, role: Role.Supervisor } }))) {
      throw new DomainException(ErrorCode.ValidationFailed, 'The supervisor must be a user with the supervisor role', [{ field: 'supervisorId', message: 'Not a supervisor' }]);
    }
  }
}

function toSummary(team: Team, memberCount: number): TeamSummary {
  return {
    id: team.id,
    name: team.name,
    description: team.description,
    supervisor: team.supervisor ? { id: team.supervisor.id, displayName: team.supervisor.displayName } : null,
    memberCount,
  };
}

const teamNameTaken = (name?: string) =>
  new DomainException(ErrorCode.TeamNameTaken, name ? `A team named "${name}" already exists` : 'A team with this name already exists', [{ field: 'name', message: 'This name is already in use' }]);
