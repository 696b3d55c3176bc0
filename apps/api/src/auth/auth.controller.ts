// Brings @fastify/cookie's request/reply typings (cookies, setCookie) into scope wherever this file compiles.
import type {} from '@fastify/cookie';
import { Body, Controller, Get, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, REFRESH_COOKIE_NAME, SessionResponse } from '@pathwise/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app-config';
import { AllowedBeforePasswordChange, AuthUser, Public, RequestUser } from './auth-user';
import { AuthService, Session } from './auth.service';
import { CurrentUserResponse, SessionResponseDto } from './dto/session.response';
import { ChangePasswordDto, LoginDto, UpdateProfileDto } from './dto/auth.dto';

const COOKIE_PATH = '/api/auth';

/** The refresh token lives only in an httpOnly, SameSite=Strict cookie scoped to /api/auth: page scripts never see it. */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponseDto })
  async login(@Body() dto: LoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    return this.withCookie(reply, request, await this.auth.login(dto.email, dto.password, request.ip, userAgent(request)));
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponseDto })
  async refresh(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    return this.withCookie(reply, request, await this.auth.refresh(request.cookies[REFRESH_COOKIE_NAME], userAgent(request)));
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(request.cookies[REFRESH_COOKIE_NAME]);
    void reply.clearCookie(REFRESH_COOKIE_NAME, { path: COOKIE_PATH });
  }

  /** Ends every other session and renews this one, so the device in hand stays signed in. */
  @ApiBearerAuth()
  @AllowedBeforePasswordChange()
  @Post('change-password')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponseDto })
  async changePassword(
    @RequestUser() actor: AuthUser,
    @Body() dto: ChangePasswordDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponse> {
    return this.withCookie(reply, request, await this.auth.changePassword(actor, dto, request.cookies[REFRESH_COOKIE_NAME], userAgent(request)));
  }

  @ApiBearerAuth()
  @AllowedBeforePasswordChange()
  @Get('me')
  @ApiOkResponse({ type: CurrentUserResponse })
  me(@RequestUser() actor: AuthUser): Promise<CurrentUser> {
    return this.auth.me(actor.id);
  }

  @ApiBearerAuth()
  @AllowedBeforePasswordChange()
  @Patch('me')
  @ApiOkResponse({ type: CurrentUserResponse })
  updateProfile(@RequestUser() actor: AuthUser, @Body() dto: UpdateProfileDto): Promise<CurrentUser> {
    return this.auth.updateProfile(actor, dto);
  }

  private withCookie(reply: FastifyReply, request: FastifyRequest, session: Session): SessionResponse {
    void reply.setCookie(REFRESH_COOKIE_NAME, session.refresh.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: request.protocol === 'https',
      path: COOKIE_PATH,
      expires: session.refresh.expiresAt,
    });
    return session.response;
  }
}

const userAgent = (request: FastifyRequest) => request.headers['user-agent'] ?? null;
