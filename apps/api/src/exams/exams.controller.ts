import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DrawPreview, ExamDetail, ExamSummary, Role } from '@pathwise/contracts';
import { AuthUser, RequestUser, RequireRoles } from '../auth/auth-user';
import { DrawExamItemDto, ExamInputDto, FixedExamItemDto } from './dto/exam.dto';
import { DrawPreviewResponse, ExamDetailResponse, ExamSummaryResponse } from './dto/exam.response';
import { ExamsService } from './exams.service';

@ApiTags('exams')
@ApiBearerAuth()
@ApiExtraModels(FixedExamItemDto, DrawExamItemDto)
@RequireRoles(Role.Admin, Role.Trainer)
@Controller('exams')
export class ExamsController {
  constructor(private readonly exams: ExamsService) {}

  @Get()
  @ApiOkResponse({ type: [ExamSummaryResponse] })
  list(): Promise<ExamSummary[]> {
    return this.exams.list();
  }

  @Post()
  @ApiCreatedResponse({ type: ExamDetailResponse, description: 'A draft; `problems` lists what would stop publishing' })
  create(@RequestUser() actor: AuthUser, @Body() dto: ExamInputDto): Promise<ExamDetail> {
    return this.exams.create(actor, dto);
  }

  @Post('draw-preview')
  @HttpCode(200)
  @ApiOkResponse({ type: DrawPreviewResponse, description: "The builder's live count: active questions the draw can pick from" })
  drawPreview(@Body() dto: DrawExamItemDto): Promise<DrawPreview> {
    return this.exams.drawPreview(dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: ExamDetailResponse })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ExamDetail> {
    return this.exams.get(id);
  }

  @Put(':id')
  @ApiOkResponse({ type: ExamDetailResponse })
  update(@RequestUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ExamInputDto): Promise<ExamDetail> {
    return this.exams.update(actor, id, dto);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: ExamDetailResponse, description: '400 with the blocking problems when a draw cannot be filled, nobody is assigned, …' })
  publish(@RequestUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ExamDetail> {
    return this.exams.publish(actor, id);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOkResponse({ type: ExamDetailResponse })
  archive(@RequestUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ExamDetail> {
    return this.exams.archive(actor, id);
  }
}
