import { ApiProperty } from '@nestjs/swagger';
import type { Answer, LearnerQuestion, ReviewPolicy } from '@pathwise/assessment';
import { ATTEMPT_STATUSES, AttemptQuestionView, AttemptStatus, AttemptView, EXAM_PURPOSES, ExamPurpose, MyExam, SaveAnswerResult } from '@pathwise/contracts';
import { ReviewPolicyDto } from '../../exams/dto/exam.dto';

const object = { type: 'object', additionalProperties: true } as const;

class AttemptQuestionResponse implements AttemptQuestionView {
  @ApiProperty() position!: number;
  @ApiProperty() section!: number;
  @ApiProperty() points!: number;
  @ApiProperty({ ...object, description: 'The learner view: no key' }) question!: LearnerQuestion;
  @ApiProperty({ ...object, nullable: true }) answer!: Answer | null;
  @ApiProperty() flagged!: boolean;
  @ApiProperty() seq!: number;
}

class SectionTitle {
  @ApiProperty() title!: string;
}

export class AttemptViewResponse implements AttemptView {
  @ApiProperty() id!: string;
  @ApiProperty() examId!: string;
  @ApiProperty() examTitle!: string;
  @ApiProperty() number!: number;
  @ApiProperty({ enum: ATTEMPT_STATUSES }) status!: AttemptStatus;
  @ApiProperty() startedAt!: string;
  @ApiProperty({ nullable: true, type: String, description: "The server's deadline; saves after it plus a short grace are refused" }) deadline!: string | null;
  @ApiProperty({ description: "The server's clock when it answered, to sync a countdown" }) serverNow!: string;
  @ApiProperty({ enum: ['one_per_page', 'all_on_one_page'] }) layout!: 'one_per_page' | 'all_on_one_page';
  @ApiProperty({ enum: ['free', 'sequential'] }) navigation!: 'free' | 'sequential';
  @ApiProperty({ type: [SectionTitle] }) sections!: { title: string }[];
  @ApiProperty({ type: [AttemptQuestionResponse] }) questions!: AttemptQuestionView[];
}

export class SaveAnswerResponse implements SaveAnswerResult {
  @ApiProperty() position!: number;
  @ApiProperty({ description: 'The seq now stored (greater than the request when a newer save was already there)' }) seq!: number;
  @ApiProperty({ nullable: true, type: String }) deadline!: string | null;
  @ApiProperty() serverNow!: string;
}

export class MyExamResponse implements MyExam {
  @ApiProperty() examId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ enum: EXAM_PURPOSES }) purpose!: ExamPurpose;
  @ApiProperty({ description: 'Questions an attempt holds' }) questionCount!: number;
  @ApiProperty({ nullable: true, type: Number }) passPercent!: number | null;
  @ApiProperty({ enum: ['one_per_page', 'all_on_one_page'] }) layout!: MyExam['layout'];
  @ApiProperty({ enum: ['free', 'sequential'] }) navigation!: MyExam['navigation'];
  @ApiProperty({ type: ReviewPolicyDto, description: 'What the agent sees afterwards, and when' }) review!: ReviewPolicy;
  @ApiProperty({ nullable: true, type: String }) opensAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) closesAt!: string | null;
  @ApiProperty({ nullable: true, type: Number }) timeLimitMinutes!: number | null;
  @ApiProperty() attemptsUsed!: number;
  @ApiProperty({ nullable: true, type: Number }) maxAttempts!: number | null;
  @ApiProperty({ nullable: true, type: Number }) bestPercent!: number | null;
  @ApiProperty({ nullable: true, type: Boolean }) passed!: boolean | null;
  @ApiProperty({ nullable: true, type: String }) inProgressAttemptId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The open attempt's deadline (server clock)" }) inProgressDeadline!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The latest submitted attempt, for its result' }) lastAttemptId!: string | null;
  @ApiProperty({ nullable: true, enum: ATTEMPT_STATUSES }) lastAttemptStatus!: AttemptStatus | null;
  @ApiProperty() canStart!: boolean;
  @ApiProperty({ nullable: true, enum: ['not_open', 'closed', 'no_attempts_left', 'cooldown'] }) blockedReason!: MyExam['blockedReason'];
  @ApiProperty({ nullable: true, type: String }) blockedUntil!: string | null;
}
