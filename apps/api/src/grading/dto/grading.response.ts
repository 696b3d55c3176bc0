import { ApiProperty } from '@nestjs/swagger';
import type { Answer, LearnerQuestion } from '@pathwise/assessment';
import { AgentAttemptRow, ATTEMPT_STATUSES, AttemptResultView, AttemptStatus, EXAM_PURPOSES, ExamAttemptRow, ExamOverview, RegradeProgress } from '@pathwise/contracts';
import { PageResponse } from '../../common/openapi/page.response';

const object = { type: 'object', additionalProperties: true } as const;

class ResultScore {
  @ApiProperty() points!: number;
  @ApiProperty() maxPoints!: number;
  @ApiProperty() percent!: number;
  @ApiProperty({ nullable: true, type: Boolean }) passed!: boolean | null;
}

class ResultDimension {
  @ApiProperty() code!: string;
  @ApiProperty() percent!: number;
  @ApiProperty({ nullable: true, type: Number }) passPercent!: number | null;
}

class ResultQuestion {
  @ApiProperty() position!: number;
  @ApiProperty(object) question!: LearnerQuestion;
  @ApiProperty({ ...object, nullable: true }) answer!: Answer | null;
  @ApiProperty({ nullable: true, enum: ['right', 'partial', 'wrong', 'pending'] }) correct!: 'right' | 'partial' | 'wrong' | 'pending' | null;
  @ApiProperty({ nullable: true, type: Number }) points!: number | null;
  @ApiProperty() maxPoints!: number;
  @ApiProperty({ nullable: true, type: [String] }) feedback!: string[] | null;
  @ApiProperty({ nullable: true, type: String, description: "The trainer's comment on a manually graded answer" }) graderComment!: string | null;
  @ApiProperty({ ...object, nullable: true }) correctAnswer!: Answer | null;
}

export class AttemptResultResponse implements AttemptResultView {
  @ApiProperty() attemptId!: string;
  @ApiProperty() examId!: string;
  @ApiProperty() examTitle!: string;
  @ApiProperty({ nullable: true, type: Number }) passPercent!: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'When an "after close" review policy shows the result' }) reviewOpensAt!: string | null;
  @ApiProperty({ nullable: true, enum: ['agent', 'timeout'] }) submittedBy!: 'agent' | 'timeout' | null;
  @ApiProperty({ enum: ATTEMPT_STATUSES }) status!: AttemptStatus;
  @ApiProperty({ nullable: true, type: String }) submittedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) gradedAt!: string | null;
  @ApiProperty({ type: ResultScore, nullable: true, description: 'Null while the review policy hides it' }) score!: ResultScore | null;
  @ApiProperty({ type: [ResultDimension], nullable: true }) dimensions!: ResultDimension[] | null;
  @ApiProperty({ type: [ResultQuestion] }) questions!: ResultQuestion[];
}

export class ExamAttemptRowResponse implements ExamAttemptRow {
  @ApiProperty() attemptId!: string;
  @ApiProperty() userId!: string;
  @ApiProperty() agentName!: string;
  @ApiProperty() number!: number;
  @ApiProperty({ enum: ATTEMPT_STATUSES }) status!: AttemptStatus;
  @ApiProperty() startedAt!: string;
  @ApiProperty({ nullable: true, type: String }) submittedAt!: string | null;
  @ApiProperty({ nullable: true, enum: ['agent', 'timeout'] }) submittedBy!: 'agent' | 'timeout' | null;
  @ApiProperty({ nullable: true, type: Number }) percent!: number | null;
  @ApiProperty({ nullable: true, type: Boolean }) passed!: boolean | null;
}

export class ExamAttemptPageResponse extends PageResponse(ExamAttemptRowResponse, 'ExamAttemptPage') {}

class DimensionPercent {
  @ApiProperty() code!: string;
  @ApiProperty() percent!: number;
}

export class AgentAttemptRowResponse implements AgentAttemptRow {
  @ApiProperty() attemptId!: string;
  @ApiProperty() examId!: string;
  @ApiProperty() examTitle!: string;
  @ApiProperty({ enum: EXAM_PURPOSES }) purpose!: AgentAttemptRow['purpose'];
  @ApiProperty() number!: number;
  @ApiProperty({ enum: ATTEMPT_STATUSES }) status!: AttemptStatus;
  @ApiProperty() startedAt!: string;
  @ApiProperty({ nullable: true, type: String }) submittedAt!: string | null;
  @ApiProperty({ nullable: true, type: Number }) percent!: number | null;
  @ApiProperty({ nullable: true, type: Boolean }) passed!: boolean | null;
  @ApiProperty({ nullable: true, type: [DimensionPercent] }) dimensions!: DimensionPercent[] | null;
}

export class RegradeProgressResponse implements RegradeProgress {
  @ApiProperty() id!: string;
  @ApiProperty() questionId!: string;
  @ApiProperty() toVersion!: number;
  @ApiProperty({ enum: ['queued', 'running', 'done', 'failed'] }) status!: RegradeProgress['status'];
  @ApiProperty() total!: number;
  @ApiProperty() done!: number;
  @ApiProperty({ description: 'Attempts whose points changed' }) changed!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) finishedAt!: string | null;
}

class GradingQueueItemResponse {
  @ApiProperty() attemptId!: string;
  @ApiProperty() position!: number;
  @ApiProperty() examId!: string;
  @ApiProperty() examTitle!: string;
  @ApiProperty() agentName!: string;
  @ApiProperty({ nullable: true, type: String }) submittedAt!: string | null;
  @ApiProperty({ ...object, description: 'The full definition, rubric and grader notes included' }) question!: unknown;
  @ApiProperty({ ...object, nullable: true }) answer!: unknown;
  @ApiProperty(object) score!: unknown;
}

export class GradingQueuePageResponse extends PageResponse(GradingQueueItemResponse, 'GradingQueuePage') {}

export class ManualGradeResponse {
  @ApiProperty({ nullable: true, enum: ATTEMPT_STATUSES }) attemptStatus!: string | null;
  @ApiProperty({ description: 'Open answers of this attempt still waiting' }) remaining!: number;
}

class ItemStatisticResponse {
  @ApiProperty() itemId!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty() facility!: number;
  @ApiProperty({ nullable: true, type: Number }) discrimination!: number | null;
  @ApiProperty({ type: [String], enum: ['too_easy', 'too_hard', 'negative_discrimination', 'weak_discrimination'] }) flags!: string[];
}

export class ExamStatisticsResponse {
  @ApiProperty() examId!: string;
  @ApiProperty({ nullable: true, type: String }) computedAt!: string | null;
  @ApiProperty() attempts!: number;
  @ApiProperty({ nullable: true, type: Number, description: "Cronbach's α (KR-20 for right/wrong items)" }) reliability!: number | null;
  @ApiProperty({ type: [ItemStatisticResponse] }) items!: ItemStatisticResponse[];
  @ApiProperty({ ...object, description: 'Per question id: how often each option was chosen' }) options!: Record<string, Record<string, number>>;
  @ApiProperty({ ...object, description: 'Per question id: name, current version and type' }) questions!: Record<string, { name: string; version: number; type: string }>;
}

export class ExamOverviewResponse implements ExamOverview {
  @ApiProperty() examId!: string;
  @ApiProperty() inProgress!: number;
  @ApiProperty() submitted!: number;
  @ApiProperty() needsGrading!: number;
  @ApiProperty() graded!: number;
  @ApiProperty({ description: 'Agents with at least one attempt' }) agents!: number;
  @ApiProperty() agentsGraded!: number;
  @ApiProperty({ description: "Agents whose grade (by the exam's grading method) passes" }) agentsPassed!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'agentsPassed / agentsGraded' }) passRate!: number | null;
  @ApiProperty({ nullable: true, type: Number }) averagePercent!: number | null;
  @ApiProperty({ type: [Number], description: 'Graded attempts in ten bins: 0–<10 … 90–100' }) histogram!: number[];
  @ApiProperty({ nullable: true, type: Number }) passPercent!: number | null;
  @ApiProperty() serverNow!: string;
}
