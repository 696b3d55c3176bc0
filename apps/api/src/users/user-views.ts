import { Role, UserSummary } from '@pathwise/contracts';
import { User } from './user.entity';

export type TeamRef = { id: string; name: string };

export const rolesOf = (user: User): Role[] => (user.roles ?? []).map((r) => r.role).sort();

export function toUserSummary(user: User, teams: TeamRef[]): UserSummary {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: rolesOf(user),
    active: user.active,
    employeeNo: user.employeeNo,
    locale: user.locale,
    certificationLevelId: user.certificationLevelId,
    hiredOn: user.hiredOn,
    teams,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}
