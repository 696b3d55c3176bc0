import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { TeamMember } from '../teams/team-member.entity';
import { Team } from '../teams/team.entity';
import { User } from '../users/user.entity';
import { AccessScopeService } from './access-scope.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { PurgeExpiredRefreshTokensJob } from './purge-expired-refresh-tokens.job';
import { RefreshToken } from './refresh-token.entity';
import { RefreshTokensService } from './refresh-tokens.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([User, Team, TeamMember, RefreshToken]),
    JwtModule.registerAsync({
      global: true,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        // A KeyObject, not the string: given a string, jsonwebtoken first tries to parse it as a PEM
        // public key on every verify and builds the error it throws — half the API's CPU per request.
        const key = createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
        return {
          secretOrKeyProvider: () => key,
          signOptions: { expiresIn: config.auth.accessTokenTtlSeconds, algorithm: 'HS256' },
          verifyOptions: { algorithms: ['HS256'] },
        };
      },
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    AccessScopeService,
    PasswordHasher,
    RefreshTokensService,
    LoginThrottle,
    PurgeExpiredRefreshTokensJob,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AccessScopeService, PasswordHasher, RefreshTokensService],
})
export class AuthModule {}
