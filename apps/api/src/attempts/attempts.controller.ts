import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AttemptView, MyExam, SaveAnswerResult } from '@pathwise/contracts';
import { AuthUser, RequestUser } from '../auth/auth-user';
import { AttemptsService } from './attempts.service';
import { SaveAnswerDto } from './dto/attempt.dto';
import { AttemptViewResponse, MyExamResponse, SaveAnswerResponse } from './dto/attempt.response';

/** The agent's side of exams. Any signed-in user may sit an exam they are in the audience of. */
@ApiTags('attempts')
@ApiBearerAuth()
@Controller()
export class AttemptsController {
  constructor(private readonly attempts: AttemptsService) {}

  @Get('me/exams')
  @ApiOkResponse({ type: [MyExamResponse], description: 'Exams open to me, with attempts used, best score and whether I may start' })
  myExams(@RequestUser() actor: AuthUser): Promise<MyExam[]> {
    return this.attempts.myExams(actor);
  }

  @Get('me/exams/:examId')
  @ApiOkResponse({ type: MyExamResponse, description: 'One exam open to me, for its start page; 404 when it is not' })
  myExam(@RequestUser() actor: AuthUser, @Param('examId', ParseUUIDPipe) examId: string): Promise<MyExam> {
    return this.attempts.myExam(actor, examId);
  }

  @Post('exams/:examId/attempts')
  @ApiCreatedResponse({ type: AttemptViewResponse, description: 'The new attempt, or the one already in progress; never contains keys' })
  start(@RequestUser() actor: AuthUser, @Param('examId', ParseUUIDPipe) examId: string): Promise<AttemptView> {
    return this.attempts.start(actor, examId);
  }

  @Get('attempts/:id')
  @ApiOkResponse({ type: AttemptViewResponse, description: 'Resume: every saved answer and the server deadline' })
  view(@RequestUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<AttemptView> {
    return this.attempts.view(actor, id);
  }

  @Put('attempts/:id/answers/:position')
  @ApiOkResponse({ type: SaveAnswerResponse, description: 'Acknowledged once durable; 409 ATTEMPT_CLOSED after submit, 409 TIME_UP after the deadline plus grace' })
  save(@RequestUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('position', ParseIntPipe) position: number, @Body() dto: SaveAnswerDto): Promise<SaveAnswerResult> {
    return this.attempts.save(actor, id, position, dto);
  }

  @Post('attempts/:id/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: AttemptViewResponse, description: 'Idempotent' })
  submit(@RequestUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<AttemptView> {
    return this.attempts.submit(actor, id);
  }
}
