import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { LearnerQuestion, Problem, Question as QuestionDefinition, QuestionType, ScoreResult } from '@pathwise/assessment';
import { QUESTION_TYPES } from '@pathwise/assessment';
import {
  BLOOM_LEVELS,
  BloomLevel,
  BULK_QUESTION_ACTIONS,
  BulkQuestionAction,
  BulkQuestionResult,
  Difficulty,
  QUESTION_STATUSES,
  QuestionDetail,
  QuestionFacets,
  QuestionPreview,
  QuestionSearchResult,
  QuestionStatus,
  QuestionSummary,
  QuestionVersionDetail,
  QuestionVersionSummary,
  TryAnswerResult,
} from '@pathwise/contracts';
import { PageResponse } from '../../common/openapi/page.response';

const object = { type: 'object', additionalProperties: true } as const;

export class QuestionSummaryResponse implements QuestionSummary {
  @ApiProperty() id!: string;
  @ApiProperty() bankId!: string;
  @ApiProperty() categoryId!: string;
  @ApiProperty({ type: [String] }) categoryPath!: string[];
  @ApiProperty() name!: string;
  @ApiProperty({ enum: QUESTION_TYPES }) type!: QuestionType;
  @ApiProperty({ enum: QUESTION_STATUSES }) status!: QuestionStatus;
  @ApiProperty({ enum: [1, 2, 3, 4, 5], nullable: true, type: Number }) difficulty!: Difficulty | null;
  @ApiProperty({ enum: BLOOM_LEVELS, nullable: true }) bloom!: BloomLevel | null;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: [String] }) dimensionCodes!: string[];
  @ApiProperty() version!: number;
  @ApiProperty() defaultPoints!: number;
  @ApiProperty() excerpt!: string;
  @ApiProperty({ nullable: true, type: String }) authorName!: string | null;
  @ApiProperty({ nullable: true, type: String }) updatedByName!: string | null;
  @ApiProperty() updatedAt!: string;
}

export class QuestionDetailResponse extends QuestionSummaryResponse implements QuestionDetail {
  @ApiProperty({ nullable: true, type: String }) idNumber!: string | null;
  @ApiProperty({ ...object, description: 'The engine definition; images as signed URLs' }) definition!: QuestionDefinition;
  @ApiProperty() createdAt!: string;
}

class QuestionFacetsResponse implements QuestionFacets {
  @ApiProperty({ ...object, example: { single_choice: 12, essay: 3 } }) type!: QuestionFacets['type'];
  @ApiProperty({ ...object, example: { '3': 7, none: 2 } }) difficulty!: QuestionFacets['difficulty'];
  @ApiProperty({ ...object, example: { active: 10, draft: 2 } }) status!: QuestionFacets['status'];
}

export class QuestionSearchResponse extends PageResponse(QuestionSummaryResponse, 'QuestionPage') implements QuestionSearchResult {
  @ApiProperty({ type: QuestionFacetsResponse }) facets!: QuestionFacets;
}

export class QuestionVersionSummaryResponse implements QuestionVersionSummary {
  @ApiProperty() version!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: QUESTION_TYPES }) type!: QuestionType;
  @ApiProperty() defaultPoints!: number;
  @ApiProperty({ nullable: true, type: String }) changeNote!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) createdByName!: string | null;
}

export class QuestionVersionDetailResponse extends QuestionVersionSummaryResponse implements QuestionVersionDetail {
  @ApiProperty() questionId!: string;
  @ApiProperty(object) definition!: QuestionDefinition;
}

export class QuestionPreviewResponse implements QuestionPreview {
  @ApiProperty() questionId!: string;
  @ApiProperty() version!: number;
  @ApiProperty() maxPoints!: number;
  @ApiProperty({ ...object, description: 'What an agent receives: no key' }) question!: LearnerQuestion;
}

export class TryAnswerResponse implements TryAnswerResult {
  @ApiProperty() valid!: boolean;
  @ApiProperty({ type: 'array', items: object }) problems!: Problem[];
  @ApiPropertyOptional({ ...object, nullable: true }) score!: ScoreResult | null;
}

export class BulkQuestionResponse implements BulkQuestionResult {
  @ApiProperty({ enum: BULK_QUESTION_ACTIONS }) action!: BulkQuestionAction;
  @ApiProperty() affected!: number;
}
