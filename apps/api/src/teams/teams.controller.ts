import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role, TeamDetail, TeamSummary } from '@pathwise/contracts';
import { AuthUser, RequestUser, RequireRoles } from '../auth/auth-user';
import { TeamDetailResponse, TeamSummaryResponse } from './dto/team.response';
import { CreateTeamDto, SetTeamMembersDto, UpdateTeamDto } from './dto/team.dto';
import { TeamsService } from './teams.service';

@ApiTags('teams')
@ApiBearerAuth()
@Controller('teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @Get()
  @ApiOkResponse({ type: [TeamSummaryResponse] })
  list(@RequestUser() actor: AuthUser): Promise<TeamSummary[]> {
    return this.teams.list(actor);
  }

  @Get(':id')
  @ApiOkResponse({ type: TeamDetailResponse })
  get(@RequestUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<TeamDetail> {
    return this.teams.get(actor, id);
  }

  @Post()
  @RequireRoles(Role.Admin)
  @ApiCreatedResponse({ type: TeamDetailResponse })
  create(@RequestUser() actor: AuthUser, @Body() dto: CreateTeamDto): Promise<TeamDetail> {
    return this.teams.create(actor, dto);
  }

  @Patch(':id')
  @RequireRoles(Role.Admin)
  @ApiOkResponse({ type: TeamDetailResponse })
  update(@RequestUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateTeamDto): Promise<TeamDetail> {
    return this.teams.update(actor, id, dto);
  }

  @Put(':id/members')
  @RequireRoles(Role.Admin)
  @ApiOkResponse({ type: TeamDetailResponse })
  setMembers(@RequestUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: SetTeamMembersDto): Promise<TeamDetail> {
    return this.teams.setMembers(actor, id, dto.memberIds);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireRoles(Role.Admin)
  remove(@RequestUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.teams.remove(actor, id);
  }
}
