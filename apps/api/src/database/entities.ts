import { AuditLog } from '../audit/audit-log.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { CapabilityDimension } from '../capabilities/capability-dimension.entity';
import { TeamMember } from '../teams/team-member.entity';
import { Team } from '../teams/team.entity';
import { UserRole } from '../users/user-role.entity';
import { User } from '../users/user.entity';

/** Every entity, listed once: the API, the worker and the migration CLI all load this list. */
export const ENTITIES = [User, UserRole, Team, TeamMember, RefreshToken, AuditLog, CapabilityDimension];
