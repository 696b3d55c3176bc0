import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Role } from '@pathwise/contracts';
import { Actor, canViewTeam, canViewUser, userVisibility, UserVisibility } from '@pathwise/identity';
import { Repository } from 'typeorm';
import { forbidden, notFound } from '../common/domain.exception';
import { TeamMember } from '../teams/team-member.entity';
import { Team } from '../teams/team.entity';
import { AuthUser } from './auth-user';

/**
 * Ownership and team scoping, reusable by every feature: an agent sees itself, a supervisor the
 * members of the teams it supervises, trainers and admins everyone. The rules themselves are
 * plain functions in @pathwise/identity; this service feeds them from the database.
 */
@Injectable()
export class AccessScopeService {
  constructor(
    @InjectRepository(Team) private readonly teams: Repository<Team>,
    @InjectRepository(TeamMember) private readonly members: Repository<TeamMember>,
  ) {}

  async actor(user: AuthUser): Promise<Actor> {
    const supervisedTeamIds = user.roles.includes(Role.Supervisor)
      ? (await this.teams.find({ where: { supervisorId: user.id }, select: { id: true } })).map((team) => team.id)
      : [];
    return { id: user.id, roles: user.roles, supervisedTeamIds };
  }

  async userVisibility(user: AuthUser): Promise<UserVisibility> {
    return userVisibility(await this.actor(user));
  }

  /** 404 when the user does not exist, 403 when it exists but lies outside the caller's scope. */
  async assertCanViewUser(user: AuthUser, targetId: string, exists: boolean): Promise<void> {
    if (!exists) throw notFound('User');
    const teamIds = (await this.members.find({ where: { userId: targetId }, select: { teamId: true } })).map((m) => m.teamId);
    if (!canViewUser(await this.actor(user), { id: targetId, teamIds })) throw forbidden('You can only see yourself and the members of teams you supervise');
  }

  async assertCanViewTeam(user: AuthUser, teamId: string): Promise<void> {
    const memberIds = (await this.members.find({ where: { teamId }, select: { userId: true } })).map((m) => m.userId);
    if (!canViewTeam(await this.actor(user), { id: teamId, memberIds })) throw forbidden('You can only see teams you belong to or supervise');
  }
}
