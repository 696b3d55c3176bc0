import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GRADING_METHODS, GradingMethod, QUESTION_TYPES, QuestionType, REVIEW_TIMINGS, ReviewPolicy, ReviewTiming } from '@pathwise/assessment';
import { Difficulty, DrawExamItem, ErrorCode, EXAM_PURPOSES, ExamAudience, ExamInput, ExamPurpose, ExamSection, FieldError, FixedExamItem } from '@pathwise/contracts';
import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
  validateSync,
} from 'class-validator';
import { DomainException } from '../../common/domain.exception';
import { trim } from '../../common/transforms';
import { flatten, VALIDATION_OPTIONS } from '../../common/validation';

const DIFFICULTIES = [1, 2, 3, 4, 5];
const nullable = (_o: unknown, value: unknown) => value !== null;

export class FixedExamItemDto implements FixedExamItem {
  @ApiProperty({ enum: ['fixed'] }) @IsIn(['fixed'])
  kind!: 'fixed';

  @ApiProperty() @IsUUID()
  questionId!: string;

  @ApiProperty({ example: 1 }) @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(1000)
  points!: number;
}

export class DrawExamItemDto implements DrawExamItem {
  @ApiProperty({ enum: ['draw'] }) @IsIn(['draw'])
  kind!: 'draw';

  @ApiProperty({ example: 10 }) @IsInt() @Min(1) @Max(500)
  count!: number;

  @ApiProperty({ example: 1, description: 'Points per drawn question' }) @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(1000)
  points!: number;

  @ApiProperty() @IsUUID()
  bankId!: string;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf(nullable) @IsUUID()
  categoryId?: string | null;

  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean()
  includeSubcategories?: boolean;

  @ApiPropertyOptional({ nullable: true, description: 'A capability dimension code' }) @IsOptional() @ValidateIf(nullable) @IsString() @MaxLength(64)
  dimension?: string | null;

  @ApiPropertyOptional({ nullable: true, enum: DIFFICULTIES }) @IsOptional() @ValidateIf(nullable) @IsIn(DIFFICULTIES)
  minDifficulty?: Difficulty | null;

  @ApiPropertyOptional({ nullable: true, enum: DIFFICULTIES }) @IsOptional() @ValidateIf(nullable) @IsIn(DIFFICULTIES)
  maxDifficulty?: Difficulty | null;

  @ApiPropertyOptional({ type: [String], description: 'Any of these tags' }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(64, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ enum: QUESTION_TYPES, isArray: true }) @IsOptional() @IsArray() @IsIn(QUESTION_TYPES, { each: true })
  types?: QuestionType[];
}

export class ExamSectionDto implements ExamSection {
  @ApiProperty({ example: 'Trade-in' }) @Transform(trim) @IsString() @Length(0, 200)
  title!: string;

  @ApiProperty({ description: 'Fixed questions and blueprint draws (checked per kind by validateExamItems)', type: 'array', items: { oneOf: [{ $ref: '#/components/schemas/FixedExamItemDto' }, { $ref: '#/components/schemas/DrawExamItemDto' }] } })
  @IsArray() @ArrayMaxSize(200)
  items!: (FixedExamItemDto | DrawExamItemDto)[];
}

export class ReviewPolicyDto implements ReviewPolicy {
  @ApiProperty({ enum: REVIEW_TIMINGS }) @IsIn(REVIEW_TIMINGS) when!: ReviewTiming;
  @ApiProperty() @IsBoolean() score!: boolean;
  @ApiProperty() @IsBoolean() correctness!: boolean;
  @ApiProperty() @IsBoolean() correctAnswers!: boolean;
  @ApiProperty() @IsBoolean() feedback!: boolean;
}

export class ExamAudienceDto implements ExamAudience {
  @ApiProperty() @IsBoolean() everyone!: boolean;
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(5000) @ArrayUnique() @IsUUID('all', { each: true }) userIds!: string[];
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(500) @ArrayUnique() @IsUUID('all', { each: true }) teamIds!: string[];
}

export class ExamInputDto implements ExamInput {
  @ApiProperty({ example: 'Trade-in launch certification' }) @Transform(trim) @IsString() @Length(1, 200)
  title!: string;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf(nullable) @IsString() @MaxLength(5000)
  description?: string | null;

  @ApiProperty({ enum: EXAM_PURPOSES }) @IsIn(EXAM_PURPOSES)
  purpose!: ExamPurpose;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf(nullable) @IsInt() @Min(1) @Max(24 * 60)
  timeLimitMinutes?: number | null;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf(nullable) @IsDateString()
  opensAt?: string | null;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf(nullable) @IsDateString()
  closesAt?: string | null;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf(nullable) @IsInt() @Min(1) @Max(100)
  maxAttempts?: number | null;

  @ApiPropertyOptional({ default: 0 }) @IsOptional() @IsInt() @Min(0) @Max(60 * 24 * 30)
  cooldownMinutes?: number;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf(nullable) @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(100)
  passPercent?: number | null;

  @ApiPropertyOptional({ example: { 'complaint-handling': 60 } }) @IsOptional() @IsObject()
  dimensionPassPercent?: Record<string, number>;

  @ApiPropertyOptional({ enum: GRADING_METHODS, default: 'highest' }) @IsOptional() @IsIn(GRADING_METHODS)
  gradingMethod?: GradingMethod;

  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean()
  shuffleQuestions?: boolean;

  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean()
  shuffleOptions?: boolean;

  @ApiPropertyOptional({ enum: ['one_per_page', 'all_on_one_page'], default: 'one_per_page' }) @IsOptional() @IsIn(['one_per_page', 'all_on_one_page'])
  layout?: 'one_per_page' | 'all_on_one_page';

  @ApiPropertyOptional({ enum: ['free', 'sequential'], default: 'free' }) @IsOptional() @IsIn(['free', 'sequential'])
  navigation?: 'free' | 'sequential';

  @ApiPropertyOptional({ type: ReviewPolicyDto }) @IsOptional() @ValidateNested() @Type(() => ReviewPolicyDto)
  review?: ReviewPolicyDto;

  @ApiProperty({ type: [ExamSectionDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => ExamSectionDto)
  sections!: ExamSectionDto[];

  @ApiProperty({ type: ExamAudienceDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => ExamAudienceDto)
  audience!: ExamAudienceDto;
}

/**
 * Items are a union told apart by `kind`; class-transformer's discriminator crashes on a null item
 * and lets an unknown kind through, so each item is checked here, with the same whitelist rules.
 */
export function validateExamItems(sections: ExamSectionDto[]): (FixedExamItemDto | DrawExamItemDto)[][] {
  const errors: FieldError[] = [];
  const checked = sections.map((section, s) =>
    (section.items as unknown[]).map((item, i) => {
      const field = `sections.${s}.items.${i}`;
      const kind = typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as { kind?: unknown }).kind : undefined;
      if (kind !== 'fixed' && kind !== 'draw') {
        errors.push({ field, message: 'Each item is a fixed question (kind "fixed") or a draw (kind "draw")' });
        return item as FixedExamItemDto;
      }
      const instance: FixedExamItemDto | DrawExamItemDto = kind === 'fixed' ? plainToInstance(FixedExamItemDto, item) : plainToInstance(DrawExamItemDto, item);
      errors.push(...flatten(validateSync(instance, VALIDATION_OPTIONS), field));
      return instance;
    }),
  );
  if (errors.length) throw new DomainException(ErrorCode.ValidationFailed, 'The request has invalid fields', errors);
  return checked;
}
