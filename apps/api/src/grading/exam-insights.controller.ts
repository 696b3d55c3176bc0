import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ExamOverview, ExamStatisticsView, RegradeProgress, Role } from '@pathwise/contracts';
import type { FastifyReply } from 'fastify';
import { IsIn } from 'class-validator';
import { AuthUser, RequestUser, RequireRoles } from '../auth/auth-user';
import { ExamOverviewResponse, ExamStatisticsResponse, RegradeProgressResponse } from './dto/grading.response';
import { ExamOverviewService } from './exam-overview.service';
import { ExamStatisticsService } from './exam-statistics.service';
import { RegradeService } from './regrade.service';
import { ResultsExportService } from './results-export.service';

class ExportQueryDto {
  @ApiProperty({ enum: ['csv', 'xlsx'] }) @IsIn(['csv', 'xlsx'])
  format!: 'csv' | 'xlsx';
}

/** What trainers do after an exam: export results, read item statistics, regrade after fixing a key. */
@ApiTags('grading')
@ApiBearerAuth()
@RequireRoles(Role.Admin, Role.Trainer)
@Controller()
export class ExamInsightsController {
  constructor(
    private readonly overviews: ExamOverviewService,
    private readonly exporter: ResultsExportService,
    private readonly statistics: ExamStatisticsService,
    private readonly regrade: RegradeService,
  ) {}

  @Get('exams/:examId/overview')
  @ApiOkResponse({ type: ExamOverviewResponse, description: 'Attempts by status (poll for the live count), score distribution, pass rate by agent' })
  overview(@Param('examId', ParseUUIDPipe) examId: string): Promise<ExamOverview> {
    return this.overviews.overview(examId);
  }

  @Get('exams/:examId/results/export')
  @ApiOkResponse({ description: 'Every attempt as CSV or XLSX' })
  async export(@Param('examId', ParseUUIDPipe) examId: string, @Query() query: ExportQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const file = await this.exporter.export(examId, query.format);
    await reply.header('Content-Type', file.contentType).header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`).send(file.body);
  }

  @Get('exams/:examId/statistics')
  @ApiOkResponse({ type: ExamStatisticsResponse, description: 'Facility, discrimination and flags per question, option choices, reliability (α / KR-20)' })
  stats(@Param('examId', ParseUUIDPipe) examId: string): Promise<ExamStatisticsView> {
    return this.statistics.view(examId);
  }

  @Post('exams/:examId/statistics/refresh')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'Recomputed in the background' })
  async refresh(@Param('examId', ParseUUIDPipe) examId: string): Promise<{ queued: true }> {
    await this.statistics.refresh(examId);
    return { queued: true };
  }

  @Post('questions/:questionId/regrade')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: RegradeProgressResponse, description: 'Moves every finished attempt that used an older version to the current one and grades it again; poll the progress' })
  startRegrade(@RequestUser() actor: AuthUser, @Param('questionId', ParseUUIDPipe) questionId: string): Promise<RegradeProgress> {
    return this.regrade.start(actor, questionId);
  }

  @Get('regrade-runs/:id')
  @ApiOkResponse({ type: RegradeProgressResponse, description: 'Progress of a regrade' })
  regradeProgress(@Param('id', ParseUUIDPipe) id: string): Promise<RegradeProgress> {
    return this.regrade.progress(id);
  }
}
