import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { AccessTokenClaims, ErrorCode, Role } from '@pathwise/contracts';
import { hasAnyRole } from '@pathwise/identity';
import { DomainException } from '../common/domain.exception';
import { ALLOWED_BEFORE_PASSWORD_CHANGE, AuthenticatedRequest, IS_PUBLIC, REQUIRED_ROLES } from './auth-user';

/**
 * Global guard: every endpoint needs a valid access token unless marked @Public, and the roles
 * named by @RequireRoles. A user on a temporary password reaches only @AllowedBeforePasswordChange endpoints. Verifying the signed token needs no database read on the hot path.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const claims = this.verify(request.headers.authorization);
    request.user = { id: claims.sub, roles: claims.roles, requestId: String(request.id), ip: request.ip };
    if (claims.pwc && !this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_PASSWORD_CHANGE, targets)) {
      throw new DomainException(ErrorCode.PasswordChangeRequired, 'Change your temporary password first');
    }

    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets) ?? [];
    if (!hasAnyRole(request.user, required)) {
      throw new DomainException(ErrorCode.Forbidden, `This needs one of the roles: ${required.join(', ')}`);
    }
    return true;
  }

  private verify(header: string | undefined): AccessTokenClaims {
    const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
    if (!token) throw new DomainException(ErrorCode.Unauthenticated, 'Sign in first: no access token was sent');
    try {
      return this.jwt.verify<AccessTokenClaims & object>(token);
    } catch (error) {
      if (error instanceof TokenExpiredError) throw new DomainException(ErrorCode.TokenExpired, 'The access token has expired');
      throw new DomainException(ErrorCode.Unauthenticated, 'The access token is not valid');
    }
  }
}
