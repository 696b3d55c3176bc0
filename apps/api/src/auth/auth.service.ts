import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { AccessTokenClaims, CurrentUser, ErrorCode, SessionResponse } from '@pathwise/contracts';
import { checkPasswordPolicy, describePasswordProblems, normalizeEmail } from '@pathwise/identity';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainException, notFound } from '../common/domain.exception';
import { AppConfig } from '../config/app-config';
import { TeamMember } from '../teams/team-member.entity';
import { Team } from '../teams/team.entity';
import { rolesOf } from '../users/user-views';
import { User } from '../users/user.entity';
import { AuthUser } from './auth-user';
import { ChangePasswordDto, UpdateProfileDto } from './dto/auth.dto';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { IssuedRefreshToken, RefreshTokensService } from './refresh-tokens.service';

export interface Session {
  response: SessionResponse;
  refresh: IssuedRefreshToken;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(TeamMember) private readonly members: Repository<TeamMember>,
    @InjectRepository(Team) private readonly teams: Repository<Team>,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async login(rawEmail: string, password: string, ip: string, userAgent: string | null): Promise<Session> {
    const email = normalizeEmail(rawEmail);
    await this.throttle.assertAllowed(ip, email);
    const user = await this.users.findOne({ where: { email }, relations: { roles: true }, select: { id: true, passwordHash: true, active: true, email: true } });
    const passwordMatches = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !passwordMatches) {
      await this.throttle.recordFailure(ip, email);
      throw new DomainException(ErrorCode.InvalidCredentials, 'E-mail or password is wrong');
    }
    if (!user.active) throw new DomainException(ErrorCode.AccountDeactivated, 'This account has been deactivated. Ask your administrator.');
    await this.throttle.reset(ip, email);
    await this.users.update({ id: user.id }, { lastLoginAt: new Date() });
    return this.startSession(user.id, await this.refreshTokens.issue(user.id, userAgent));
  }

  async refresh(presented: string | undefined, userAgent: string | null): Promise<Session> {
    if (!presented) throw new DomainException(ErrorCode.RefreshTokenInvalid, 'No session to refresh. Sign in again.');
    const { userId, issued } = await this.refreshTokens.rotate(presented, userAgent);
    const user = await this.users.findOne({ where: { id: userId }, select: { id: true, active: true } });
    if (!user?.active) {
      await this.refreshTokens.revokeAllForUser(userId, 'deactivated');
      throw new DomainException(ErrorCode.AccountDeactivated, 'This account has been deactivated. Ask your administrator.');
    }
    return this.startSession(userId, issued);
  }

  async logout(presented: string | undefined): Promise<void> {
    if (presented) await this.refreshTokens.revokePresented(presented);
  }

  async changePassword(actor: AuthUser, dto: ChangePasswordDto, presentedRefresh: string | undefined, userAgent: string | null): Promise<Session> {
    const user = await this.users.findOne({ where: { id: actor.id }, select: { id: true, email: true, displayName: true, passwordHash: true } });
    if (!user) throw notFound('User');
    if (!(await this.hasher.verify(user.passwordHash, dto.currentPassword))) {
      throw new DomainException(ErrorCode.WrongPassword, 'The current password is wrong', [{ field: 'currentPassword', message: 'The current password is wrong' }]);
    }
    const problems = checkPasswordPolicy(dto.newPassword, { email: user.email, displayName: user.displayName });
    if (dto.newPassword === dto.currentPassword) problems.push('same_as_current');
    if (problems.length) {
      const describe = (codes: string[]) => (codes.includes('same_as_current') ? 'The new password must differ from the current one' : describePasswordProblems(codes));
      throw new DomainException(ErrorCode.WeakPassword, describe(problems), problems.map((code) => ({ field: 'newPassword', code, message: describe([code]) })));
    }
    const passwordHash = await this.hasher.hash(dto.newPassword);
    const keptFamily = await this.refreshTokens.liveFamilyOf(presentedRefresh, actor.id);
    await this.users.manager.transaction(async (manager) => {
      await manager.update(User, { id: actor.id }, { passwordHash, mustChangePassword: false });
      // Other devices must sign in again with the new password; this one carries on.
      await this.refreshTokens.revokeOthers(actor.id, keptFamily, 'password-changed', manager);
      await this.audit.record(actor, { action: 'auth.change-password', entityType: 'user', entityId: actor.id }, manager);
    });
    const refresh = keptFamily && presentedRefresh ? (await this.refreshTokens.rotate(presentedRefresh, userAgent)).issued : await this.refreshTokens.issue(actor.id, userAgent);
    return this.startSession(actor.id, refresh);
  }

  async me(userId: string): Promise<CurrentUser> {
    const user = await this.users.findOne({ where: { id: userId }, relations: { roles: true } });
    if (!user) throw notFound('User');
    const [memberships, supervised] = await Promise.all([
      this.members.find({ where: { userId }, select: { teamId: true } }),
      this.teams.find({ where: { supervisorId: userId }, select: { id: true } }),
    ]);
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      roles: rolesOf(user),
      locale: user.locale,
      mustChangePassword: user.mustChangePassword,
      teamIds: memberships.map((m) => m.teamId),
      supervisedTeamIds: supervised.map((t) => t.id),
    };
  }

  async updateProfile(actor: AuthUser, dto: UpdateProfileDto): Promise<CurrentUser> {
    const changes = { ...(dto.displayName !== undefined && { displayName: dto.displayName }), ...(dto.locale !== undefined && { locale: dto.locale }) };
    if (Object.keys(changes).length) await this.users.update({ id: actor.id }, changes);
    return this.me(actor.id);
  }

  private async startSession(userId: string, refresh: IssuedRefreshToken): Promise<Session> {
    const user = await this.me(userId);
    const claims: AccessTokenClaims = { sub: user.id, roles: user.roles, ...(user.mustChangePassword && { pwc: true as const }) };
    const accessToken = await this.jwt.signAsync(claims);
    return { response: { accessToken, expiresIn: this.config.auth.accessTokenTtlSeconds, user }, refresh };
  }
}
