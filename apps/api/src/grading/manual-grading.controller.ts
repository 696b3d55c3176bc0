import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { GradingQueueItem, Page, Role } from '@pathwise/contracts';
import { AuthUser, RequestUser, RequireRoles } from '../auth/auth-user';
import { GradingQueuePageResponse, ManualGradeResponse } from './dto/grading.response';
import { GradingQueueQueryDto, ManualGradeDto } from './dto/manual-grade.dto';
import { ManualGradingService } from './manual-grading.service';

@ApiTags('grading')
@ApiBearerAuth()
@RequireRoles(Role.Admin, Role.Trainer)
@Controller()
export class ManualGradingController {
  constructor(private readonly manual: ManualGradingService) {}

  @Get('grading/queue')
  @ApiOkResponse({ type: GradingQueuePageResponse, description: 'Open answers waiting for a grader, oldest submission first; `total` drives "12 of 40"' })
  queue(@Query() query: GradingQueueQueryDto): Promise<Page<GradingQueueItem>> {
    return this.manual.queue(query);
  }

  @Post('attempts/:id/items/:position/grade')
  @HttpCode(200)
  @ApiOkResponse({ type: ManualGradeResponse, description: 'The attempt finalises (graded) when its last open answer is graded' })
  grade(@RequestUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('position', ParseIntPipe) position: number, @Body() dto: ManualGradeDto): Promise<{ attemptStatus: string | null; remaining: number }> {
    return this.manual.grade(actor, id, position, dto);
  }
}
