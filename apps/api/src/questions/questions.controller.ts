import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  BulkQuestionResult,
  QuestionDetail,
  QuestionPreview,
  QuestionSearchResult,
  QuestionVersionDetail,
  QuestionVersionSummary,
  Role,
  TryAnswerResult,
} from '@pathwise/contracts';
import { AuthUser, RequestUser, RequireRoles } from '../auth/auth-user';
import { BulkQuestionDto, QuestionInputDto, QuestionSearchQueryDto, TryAnswerDto, VersionQueryDto } from './dto/question.dto';
import {
  BulkQuestionResponse,
  QuestionDetailResponse,
  QuestionPreviewResponse,
  QuestionSearchResponse,
  QuestionVersionDetailResponse,
  QuestionVersionSummaryResponse,
  TryAnswerResponse,
} from './dto/question.response';
import { QuestionBulkService } from './question-bulk.service';
import { QuestionSearchService } from './question-search.service';
import { QuestionsService } from './questions.service';

/** Authoring only: every route returns keys, so agents and supervisors never reach them. */
@ApiTags('questions')
@ApiBearerAuth()
@RequireRoles(Role.Admin, Role.Trainer)
@Controller()
export class QuestionsController {
  constructor(
    private readonly questions: QuestionsService,
    private readonly search: QuestionSearchService,
    private readonly bulk: QuestionBulkService,
  ) {}

  @Get('question-banks/:bankId/questions')
  @ApiOkResponse({ type: QuestionSearchResponse })
  list(@Param('bankId', ParseUUIDPipe) bankId: string, @Query() query: QuestionSearchQueryDto): Promise<QuestionSearchResult> {
    return this.search.search(bankId, query);
  }

  @Post('question-banks/:bankId/questions')
  @ApiCreatedResponse({ type: QuestionDetailResponse })
  create(@RequestUser() actor: AuthUser, @Param('bankId', ParseUUIDPipe) bankId: string, @Body() dto: QuestionInputDto): Promise<QuestionDetail> {
    return this.questions.create(actor, bankId, dto);
  }

  @Post('question-banks/:bankId/questions/bulk')
  @HttpCode(200)
  @ApiOkResponse({ type: BulkQuestionResponse })
  applyBulk(@RequestUser() actor: AuthUser, @Param('bankId', ParseUUIDPipe) bankId: string, @Body() dto: BulkQuestionDto): Promise<BulkQuestionResult> {
    return this.bulk.apply(actor, bankId, dto);
  }

  @Get('questions/:id')
  @ApiOkResponse({ type: QuestionDetailResponse })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<QuestionDetail> {
    return this.questions.get(id);
  }

  @Put('questions/:id')
  @ApiOkResponse({ type: QuestionDetailResponse, description: 'A new version when the content changed; 409 STALE_VERSION when baseVersion is behind' })
  update(@RequestUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: QuestionInputDto): Promise<QuestionDetail> {
    return this.questions.update(actor, id, dto);
  }

  @Get('questions/:id/versions')
  @ApiOkResponse({ type: [QuestionVersionSummaryResponse], description: 'Newest first' })
  versions(@Param('id', ParseUUIDPipe) id: string): Promise<QuestionVersionSummary[]> {
    return this.questions.versions(id);
  }

  @Get('questions/:id/versions/:version')
  @ApiOkResponse({ type: QuestionVersionDetailResponse })
  version(@Param('id', ParseUUIDPipe) id: string, @Param('version', ParseIntPipe) version: number): Promise<QuestionVersionDetail> {
    return this.questions.version(id, version);
  }

  @Get('questions/:id/preview')
  @ApiOkResponse({ type: QuestionPreviewResponse })
  preview(@Param('id', ParseUUIDPipe) id: string, @Query() query: VersionQueryDto): Promise<QuestionPreview> {
    return this.questions.preview(id, query.version);
  }

  @Post('questions/:id/try')
  @HttpCode(200)
  @ApiOkResponse({ type: TryAnswerResponse })
  tryAnswer(@Param('id', ParseUUIDPipe) id: string, @Body() dto: TryAnswerDto): Promise<TryAnswerResult> {
    return this.questions.tryAnswer(id, dto);
  }
}
