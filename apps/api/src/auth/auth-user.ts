import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@pathwise/contracts';
import type { FastifyRequest } from 'fastify';

/** The authenticated caller of a request, as the auth guard established it. */
export interface AuthUser {
  id: string;
  roles: Role[];
  requestId: string;
  ip: string;
}

export type AuthenticatedRequest = FastifyRequest & { user?: AuthUser };

export const IS_PUBLIC = 'pathwise:public';
export const ALLOWED_BEFORE_PASSWORD_CHANGE = 'pathwise:allowed-before-password-change';
export const REQUIRED_ROLES = 'pathwise:roles';

/** The endpoint needs no token (login, refresh, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Reachable with a temporary password (reading oneself, choosing a language, changing the password). */
export const AllowedBeforePasswordChange = () => SetMetadata(ALLOWED_BEFORE_PASSWORD_CHANGE, true);

/** The caller must hold at least one of these roles. Ownership and team scoping happen in the service. */
export const RequireRoles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export const RequestUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new Error('RequestUser used on a public endpoint');
  return user;
});
