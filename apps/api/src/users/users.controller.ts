import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Page, Role, UserImportReport, UserSummary } from '@pathwise/contracts';
import { USER_IMPORT_TEMPLATE } from '@pathwise/importers';
import type { FastifyRequest } from 'fastify';
import { AuthUser, RequestUser, RequireRoles } from '../auth/auth-user';
import { rawBody, UPLOAD_TYPES } from '../common/raw-body';
import { UserImportReportResponse, UserPageResponse, UserSummaryResponse } from './dto/user.response';
import { CreateUserDto, ImportQueryDto, ResetPasswordDto, UpdateUserDto, UserListQueryDto } from './dto/user.dto';
import { UserImportService } from './user-import.service';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly importer: UserImportService,
  ) {}

  @Get()
  @RequireRoles(Role.Admin, Role.Trainer, Role.Supervisor)
  @ApiOkResponse({ type: UserPageResponse })
  list(@RequestUser() actor: AuthUser, @Query() query: UserListQueryDto): Promise<Page<UserSummary>> {
    return this.users.list(actor, query);
  }

  @Get('import/template')
  @RequireRoles(Role.Admin)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="pathwise-users-template.csv"')
  template(): string {
    return USER_IMPORT_TEMPLATE;
  }

  @Post('import')
  @HttpCode(200)
  @RequireRoles(Role.Admin)
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', format: 'binary' }, description: 'The CSV file as the raw request body (UTF-8)' })
  @ApiOkResponse({ type: UserImportReportResponse, description: 'The preview (dryRun) or the committed import; a refused commit is 422 with the report' })
  import(@RequestUser() actor: AuthUser, @Query() query: ImportQueryDto, @Req() request: FastifyRequest): Promise<UserImportReport> {
    return this.importer.import(actor, rawBody(request, UPLOAD_TYPES.spreadsheet), query.dryRun);
  }

  @Get(':id')
  @ApiOkResponse({ type: UserSummaryResponse })
  get(@RequestUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<UserSummary> {
    return this.users.get(actor, id);
  }

  @Post()
  @RequireRoles(Role.Admin)
  @ApiCreatedResponse({ type: UserSummaryResponse })
  create(@RequestUser() actor: AuthUser, @Body() dto: CreateUserDto): Promise<UserSummary> {
    return this.users.create(actor, dto);
  }

  @Patch(':id')
  @RequireRoles(Role.Admin)
  @ApiOkResponse({ type: UserSummaryResponse })
  update(@RequestUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateUserDto): Promise<UserSummary> {
    return this.users.update(actor, id, dto);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @RequireRoles(Role.Admin)
  @ApiOkResponse({ type: UserSummaryResponse })
  deactivate(@RequestUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<UserSummary> {
    return this.users.setActive(actor, id, false);
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @RequireRoles(Role.Admin)
  @ApiOkResponse({ type: UserSummaryResponse })
  reactivate(@RequestUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<UserSummary> {
    return this.users.setActive(actor, id, true);
  }

  @Post(':id/reset-password')
  @HttpCode(204)
  @RequireRoles(Role.Admin)
  resetPassword(@RequestUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ResetPasswordDto): Promise<void> {
    return this.users.resetPassword(actor, id, dto.newPassword);
  }
}
