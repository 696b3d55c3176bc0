import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { GradingMethod, ReviewPolicy } from '@pathwise/assessment';
import { DrawAvailability, DrawPreview, EXAM_PURPOSES, EXAM_STATUSES, ExamAudience, ExamDetail, ExamProblem, ExamPurpose, ExamSection, ExamStatus, ExamSummary } from '@pathwise/contracts';
import { ExamAudienceDto, ExamSectionDto, ReviewPolicyDto } from './exam.dto';

class DrawAvailabilityResponse implements DrawAvailability {
  @ApiProperty() section!: number;
  @ApiProperty() item!: number;
  @ApiProperty() requested!: number;
  @ApiProperty() available!: number;
}

class ExamProblemResponse implements ExamProblem {
  @ApiProperty({ enum: ['no_questions', 'draw_unfillable', 'question_unavailable', 'no_pass_mark', 'window_invalid', 'dimension_not_measured', 'no_audience'] }) code!: ExamProblem['code'];
  @ApiProperty() message!: string;
  @ApiPropertyOptional() section?: number;
  @ApiPropertyOptional() item?: number;
  @ApiPropertyOptional() requested?: number;
  @ApiPropertyOptional() available?: number;
  @ApiPropertyOptional({ description: 'The capability dimension code (dimension_not_measured)' }) dimension?: string;
}

export class ExamSummaryResponse implements ExamSummary {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: EXAM_PURPOSES }) purpose!: ExamPurpose;
  @ApiProperty({ enum: EXAM_STATUSES }) status!: ExamStatus;
  @ApiProperty() questionCount!: number;
  @ApiProperty({ nullable: true, type: String }) opensAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) closesAt!: string | null;
  @ApiProperty({ nullable: true, type: Number }) timeLimitMinutes!: number | null;
  @ApiProperty() attemptsInProgress!: number;
  @ApiProperty() attemptsSubmitted!: number;
  @ApiProperty() updatedAt!: string;
}

export class ExamDetailResponse implements ExamDetail {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ enum: EXAM_PURPOSES }) purpose!: ExamPurpose;
  @ApiProperty({ enum: EXAM_STATUSES }) status!: ExamStatus;
  @ApiProperty({ nullable: true, type: Number }) timeLimitMinutes!: number | null;
  @ApiProperty({ nullable: true, type: String }) opensAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) closesAt!: string | null;
  @ApiProperty({ nullable: true, type: Number }) maxAttempts!: number | null;
  @ApiProperty() cooldownMinutes!: number;
  @ApiProperty({ nullable: true, type: Number }) passPercent!: number | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) dimensionPassPercent!: Record<string, number>;
  @ApiProperty() gradingMethod!: GradingMethod;
  @ApiProperty() shuffleQuestions!: boolean;
  @ApiProperty() shuffleOptions!: boolean;
  @ApiProperty() layout!: 'one_per_page' | 'all_on_one_page';
  @ApiProperty() navigation!: 'free' | 'sequential';
  @ApiProperty({ type: ReviewPolicyDto }) review!: ReviewPolicy;
  @ApiProperty({ type: [ExamSectionDto] }) sections!: ExamSection[];
  @ApiProperty({ type: ExamAudienceDto }) audience!: ExamAudience;
  @ApiProperty() questionCount!: number;
  @ApiProperty() totalPoints!: number;
  @ApiProperty({ type: [DrawAvailabilityResponse] }) availability!: DrawAvailability[];
  @ApiProperty({ type: [ExamProblemResponse] }) problems!: ExamProblem[];
  @ApiProperty({ nullable: true, type: String }) publishedAt!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class DrawPreviewResponse implements DrawPreview {
  @ApiProperty({ description: 'Active questions matching the draw' }) available!: number;
}
