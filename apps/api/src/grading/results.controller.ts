import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { AgentAttemptRow, ATTEMPT_STATUSES, AttemptResultView, AttemptStatus, ExamAttemptRow, Page, Role } from '@pathwise/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { AuthUser, RequestUser, RequireRoles } from '../auth/auth-user';
import { PageQueryDto } from '../common/page-query.dto';
import { AgentAttemptRowResponse, AttemptResultResponse, ExamAttemptPageResponse } from './dto/grading.response';
import { ResultsService } from './results.service';

class ExamAttemptsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ATTEMPT_STATUSES }) @IsOptional() @IsIn(ATTEMPT_STATUSES)
  status?: AttemptStatus;
}

@ApiTags('attempts')
@ApiBearerAuth()
@Controller()
export class ResultsController {
  constructor(private readonly results: ResultsService) {}

  @Get('attempts/:id/result')
  @ApiOkResponse({ type: AttemptResultResponse, description: 'What the review policy shows now; hidden parts are null' })
  result(@RequestUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<AttemptResultView> {
    return this.results.result(actor, id);
  }

  @Get('me/attempts')
  @ApiOkResponse({ type: [AgentAttemptRowResponse], description: 'My attempts across exams, newest first' })
  myHistory(@RequestUser() actor: AuthUser): Promise<AgentAttemptRow[]> {
    return this.results.history(actor, actor.id);
  }

  @Get('users/:userId/attempts')
  @ApiOkResponse({ type: [AgentAttemptRowResponse], description: "An agent's attempts: their supervisor, trainers and admins" })
  history(@RequestUser() actor: AuthUser, @Param('userId', ParseUUIDPipe) userId: string): Promise<AgentAttemptRow[]> {
    return this.results.history(actor, userId);
  }

  @Get('exams/:examId/attempts')
  @RequireRoles(Role.Admin, Role.Trainer)
  @ApiOkResponse({ type: ExamAttemptPageResponse, description: 'Every attempt at the exam, newest first' })
  examAttempts(@Param('examId', ParseUUIDPipe) examId: string, @Query() query: ExamAttemptsQueryDto): Promise<Page<ExamAttemptRow>> {
    return this.results.examAttempts(examId, query);
  }
}
