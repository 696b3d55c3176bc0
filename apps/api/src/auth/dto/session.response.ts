import { ApiProperty } from '@nestjs/swagger';
import { CurrentUser, Locale, Role, SessionResponse, SUPPORTED_LOCALES } from '@pathwise/contracts';

export class CurrentUserResponse implements CurrentUser {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: Role, isArray: true }) roles!: Role[];
  @ApiProperty({ enum: SUPPORTED_LOCALES }) locale!: Locale;
  @ApiProperty({ description: 'A temporary password must be changed before anything else' }) mustChangePassword!: boolean;
  @ApiProperty({ type: [String] }) teamIds!: string[];
  @ApiProperty({ type: [String] }) supervisedTeamIds!: string[];
}

export class SessionResponseDto implements SessionResponse {
  @ApiProperty({ description: 'Bearer token (HS256 JWT); the refresh token is set as the httpOnly cookie pw_refresh' }) accessToken!: string;
  @ApiProperty({ example: 900 }) expiresIn!: number;
  @ApiProperty({ type: CurrentUserResponse }) user!: CurrentUserResponse;
}
