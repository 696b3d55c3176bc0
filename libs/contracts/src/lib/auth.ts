import { Locale, Role } from './roles';

export interface LoginRequest {
  email: string;
  password: string;
}

/** The refresh token travels only in an httpOnly cookie; the body carries the access token. */
export interface SessionResponse {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: CurrentUser;
}

export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  locale: Locale;
  mustChangePassword: boolean;
  teamIds: string[];
  supervisedTeamIds: string[];
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** Claims inside the access token (JWT, HS256). */
export interface AccessTokenClaims {
  sub: string;
  roles: Role[];
  /** Present while the user must change a temporary password: only the password change is allowed. */
  pwc?: true;
}

export const REFRESH_COOKIE_NAME = 'pw_refresh';
