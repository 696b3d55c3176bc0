import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Question as QuestionDefinition } from '@pathwise/assessment';
import { QUESTION_TYPES, QuestionType } from '@pathwise/assessment';
import {
  BLOOM_LEVELS,
  BloomLevel,
  BULK_QUESTION_ACTIONS,
  BulkQuestionAction,
  BulkQuestionRequest,
  Difficulty,
  QUESTION_STATUSES,
  QuestionInput,
  QuestionSearchQuery,
  QuestionSort,
  QuestionStatus,
  TryAnswerRequest,
} from '@pathwise/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
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
} from 'class-validator';
import { trim } from '../../common/transforms';
import { MAX_TAG_LENGTH } from '../question-content';

const DIFFICULTIES = [1, 2, 3, 4, 5];
/** `a,b` or repeated `?x=a&x=b` to a list. */
const list = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(',')).map((item) => item.trim()).filter(Boolean);
const toBool = ({ value }: { value: unknown }) => (value === 'true' || value === true ? true : value === 'false' || value === false ? false : value);

export class QuestionInputDto implements QuestionInput {
  @ApiProperty()
  @IsUUID()
  categoryId!: string;

  @ApiProperty({ example: 'Trade-in: accepted models' })
  @Transform(trim) @IsString() @Length(1, 255)
  name!: string;

  @ApiProperty({ description: 'The engine definition (libs/assessment), validated there; rich text is sanitised', type: 'object', additionalProperties: true })
  @IsDefined() @IsObject()
  definition!: QuestionDefinition;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional() @IsNumber({ maxDecimalPlaces: 4 }) @Min(0) @Max(1000)
  defaultPoints?: number;

  @ApiPropertyOptional({ enum: DIFFICULTIES, nullable: true })
  @IsOptional() @ValidateIf((_o, v) => v !== null) @IsIn(DIFFICULTIES)
  difficulty?: Difficulty | null;

  @ApiPropertyOptional({ enum: BLOOM_LEVELS, nullable: true })
  @IsOptional() @ValidateIf((_o, v) => v !== null) @IsIn(BLOOM_LEVELS)
  bloom?: BloomLevel | null;

  @ApiPropertyOptional({ enum: QUESTION_STATUSES, default: 'active' })
  @IsOptional() @IsIn(QUESTION_STATUSES)
  status?: QuestionStatus;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(MAX_TAG_LENGTH, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ type: [String], example: ['product-knowledge'] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ArrayUnique() @IsString({ each: true }) @MaxLength(64, { each: true })
  dimensionCodes?: string[];

  @ApiPropertyOptional({ nullable: true })
  @IsOptional() @ValidateIf((_o, v) => v !== null) @Transform(trim) @IsString() @MaxLength(100)
  idNumber?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional() @ValidateIf((_o, v) => v !== null) @IsString() @MaxLength(500)
  changeNote?: string | null;

  @ApiPropertyOptional({ description: 'Edit only: the version the editor started from' })
  @IsOptional() @IsInt() @Min(1)
  baseVersion?: number;
}

export class QuestionSearchQueryDto implements QuestionSearchQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200)
  q?: string;

  @ApiPropertyOptional() @IsOptional() @IsUUID()
  categoryId?: string;

  @ApiPropertyOptional({ default: true }) @IsOptional() @Transform(toBool) @IsBoolean()
  includeSubcategories?: boolean;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(MAX_TAG_LENGTH)
  tag?: string;

  @ApiPropertyOptional({ description: 'A capability dimension code' }) @IsOptional() @IsString() @MaxLength(64)
  dimension?: string;

  @ApiPropertyOptional({ description: 'Comma-separated, e.g. 3,4,5' })
  @IsOptional() @Transform(({ value }) => list({ value })?.map(Number)) @IsArray() @IsIn(DIFFICULTIES, { each: true })
  difficulty?: Difficulty[];

  @ApiPropertyOptional({ description: 'Comma-separated question types' })
  @IsOptional() @Transform(list) @IsArray() @IsIn(QUESTION_TYPES, { each: true })
  type?: QuestionType[];

  @ApiPropertyOptional({ description: 'Comma-separated; default draft,active' })
  @IsOptional() @Transform(list) @IsArray() @IsIn(QUESTION_STATUSES, { each: true })
  status?: QuestionStatus[];

  @ApiPropertyOptional({ enum: ['updated', 'name', 'difficulty', 'created'], default: 'updated' })
  @IsOptional() @IsIn(['updated', 'name', 'difficulty', 'created'])
  sort?: QuestionSort;

  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100_000)
  page?: number;

  @ApiPropertyOptional({ default: 25 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  pageSize?: number;
}

export class BulkQuestionDto implements BulkQuestionRequest {
  @ApiProperty({ enum: BULK_QUESTION_ACTIONS })
  @IsIn(BULK_QUESTION_ACTIONS)
  action!: BulkQuestionAction;

  @ApiProperty({ type: [String] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(5000) @ArrayUnique() @IsUUID('all', { each: true })
  questionIds!: string[];

  @ApiPropertyOptional()
  @ValidateIf((o: BulkQuestionDto) => o.action === 'move') @IsUUID()
  categoryId?: string;

  @ApiPropertyOptional({ type: [String] })
  @ValidateIf((o: BulkQuestionDto) => o.action === 'tag' || o.action === 'untag')
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(30) @IsString({ each: true }) @Length(1, MAX_TAG_LENGTH, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ enum: DIFFICULTIES, nullable: true })
  @ValidateIf((o: BulkQuestionDto) => o.action === 'set_difficulty')
  @IsDefined({ message: 'difficulty is required (null clears it)' }) @ValidateIf((_o, v) => v !== null) @IsIn(DIFFICULTIES)
  difficulty?: Difficulty | null;
}

export class TryAnswerDto implements TryAnswerRequest {
  @ApiProperty({ description: 'An answer in the shape of the question type (libs/assessment answers); null or missing scores as unanswered', nullable: true })
  @IsOptional()
  answer?: unknown;

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1)
  version?: number;
}

export class VersionQueryDto {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  version?: number;
}
