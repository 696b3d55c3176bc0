import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EXPORT_SKIPPED_HEADER, QuestionImportPreview, QuestionImportSummary, Role } from '@pathwise/contracts';
import { QUESTION_SHEET_TEMPLATE_CSV, questionSheetTemplateXlsx } from '@pathwise/importers';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthUser, RequestUser, RequireRoles } from '../auth/auth-user';
import { rawBody, UPLOAD_TYPES } from '../common/raw-body';
import {
  CommitQuestionImportDto,
  ImportUploadQueryDto,
  QuestionExportDto,
  QuestionImportPreviewResponse,
  QuestionImportSummaryResponse,
  TemplateQueryDto,
} from './dto/question-transfer.dto';
import { QuestionExportService } from './question-export.service';
import { QuestionImportService } from './question-import.service';

@ApiTags('question-banks')
@ApiBearerAuth()
@RequireRoles(Role.Admin, Role.Trainer)
@Controller()
export class QuestionTransferController {
  constructor(
    private readonly importer: QuestionImportService,
    private readonly exporter: QuestionExportService,
  ) {}

  @Post('question-banks/:bankId/imports')
  @ApiConsumes('application/octet-stream', 'text/plain', 'application/xml', 'text/csv')
  @ApiBody({ schema: { type: 'string', format: 'binary' }, description: 'The file as the raw request body' })
  @ApiCreatedResponse({ type: QuestionImportPreviewResponse, description: 'Nothing is stored in the bank yet: review, then commit' })
  upload(@RequestUser() actor: AuthUser, @Param('bankId', ParseUUIDPipe) bankId: string, @Query() query: ImportUploadQueryDto, @Req() request: FastifyRequest): Promise<QuestionImportPreview> {
    return this.importer.preview(actor, bankId, query.format, query.fileName ?? `import.${query.format}`, rawBody(request, UPLOAD_TYPES.questionFile));
  }

  @Get('question-banks/:bankId/imports/:importId')
  @ApiOkResponse({ type: QuestionImportPreviewResponse })
  preview(@Param('bankId', ParseUUIDPipe) bankId: string, @Param('importId', ParseUUIDPipe) importId: string): Promise<QuestionImportPreview> {
    return this.importer.get(bankId, importId);
  }

  @Post('question-banks/:bankId/imports/:importId/commit')
  @HttpCode(200)
  @ApiOkResponse({ type: QuestionImportSummaryResponse, description: 'Every accepted question, in one transaction' })
  commit(
    @RequestUser() actor: AuthUser,
    @Param('bankId', ParseUUIDPipe) bankId: string,
    @Param('importId', ParseUUIDPipe) importId: string,
    @Body() dto: CommitQuestionImportDto,
  ): Promise<QuestionImportSummary> {
    return this.importer.commit(actor, bankId, importId, dto);
  }

  @Post('question-banks/:bankId/exports')
  @HttpCode(200)
  @ApiOkResponse({ description: `The file; ${EXPORT_SKIPPED_HEADER} counts questions the format cannot carry (reasons in ${EXPORT_SKIPPED_HEADER}-details)` })
  async export(@RequestUser() actor: AuthUser, @Param('bankId', ParseUUIDPipe) bankId: string, @Body() dto: QuestionExportDto, @Res() reply: FastifyReply): Promise<void> {
    const file = await this.exporter.export(actor, bankId, dto);
    await reply
      .header('Content-Type', file.contentType)
      .header('Content-Disposition', `attachment; filename="${file.fileName}"`)
      .header(EXPORT_SKIPPED_HEADER, String(file.skipped.length))
      .header(`${EXPORT_SKIPPED_HEADER}-details`, encodeURIComponent(JSON.stringify(file.skipped.slice(0, 100))))
      .header('Access-Control-Expose-Headers', `Content-Disposition, ${EXPORT_SKIPPED_HEADER}, ${EXPORT_SKIPPED_HEADER}-details`)
      .send(file.body);
  }

  @Get('question-import-template')
  @ApiOkResponse({ description: 'The CSV/XLSX layout with an example of every question type and an instructions sheet' })
  async template(@Query() query: TemplateQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const xlsx = query.format === 'xlsx';
    await reply
      .header('Content-Type', xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="pathwise-questions-template.${query.format}"`)
      .send(xlsx ? Buffer.from(await questionSheetTemplateXlsx()) : QUESTION_SHEET_TEMPLATE_CSV);
  }
}
