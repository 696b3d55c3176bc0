import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CommitQuestionImportRequest,
  QUESTION_EXPORT_FORMATS,
  QUESTION_IMPORT_FORMATS,
  QuestionExportFormat,
  QuestionExportRequest,
  QuestionImportFormat,
  QuestionImportIssue,
  QuestionImportPreview,
  QuestionImportPreviewItem,
  QuestionImportSummary,
} from '@pathwise/contracts';
import type { QuestionType } from '@pathwise/assessment';
import { QUESTION_TYPES } from '@pathwise/assessment';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, ValidateIf } from 'class-validator';
import { trim } from '../../common/transforms';

export class ImportUploadQueryDto {
  @ApiProperty({ enum: QUESTION_IMPORT_FORMATS })
  @IsIn(QUESTION_IMPORT_FORMATS)
  format!: QuestionImportFormat;

  @ApiPropertyOptional({ description: 'The original file name, shown in the history and used as the category for uncategorised questions' })
  @IsOptional() @Transform(trim) @IsString() @Length(1, 255)
  fileName?: string;
}

export class CommitQuestionImportDto implements CommitQuestionImportRequest {
  @ApiPropertyOptional({ nullable: true })
  @IsOptional() @ValidateIf((_o, v) => v !== null) @IsUUID()
  parentCategoryId?: string | null;

  @ApiPropertyOptional({ enum: ['draft', 'active'], default: 'active' })
  @IsOptional() @IsIn(['draft', 'active'])
  status?: 'draft' | 'active';
}

export class QuestionExportDto implements QuestionExportRequest {
  @ApiProperty({ enum: QUESTION_EXPORT_FORMATS })
  @IsIn(QUESTION_EXPORT_FORMATS)
  format!: QuestionExportFormat;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional() @IsArray() @ArrayMaxSize(20_000) @ArrayUnique() @IsUUID('all', { each: true })
  questionIds?: string[];

  @ApiPropertyOptional({ description: 'Without questionIds or categoryId the whole bank is exported' })
  @IsOptional() @IsUUID()
  categoryId?: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional() @IsBoolean()
  includeSubcategories?: boolean;
}

export class TemplateQueryDto {
  @ApiProperty({ enum: ['csv', 'xlsx'] })
  @IsIn(['csv', 'xlsx'])
  format!: 'csv' | 'xlsx';
}

class QuestionImportIssueResponse implements QuestionImportIssue {
  @ApiPropertyOptional() line?: number;
  @ApiPropertyOptional({ description: 'The n-th <question> of a Moodle XML file' }) element?: number;
  @ApiProperty() label!: string;
  @ApiProperty({ enum: ['invalid', 'unsupported'] }) kind!: 'invalid' | 'unsupported';
  @ApiProperty() message!: string;
}

class QuestionImportPreviewItemResponse implements QuestionImportPreviewItem {
  @ApiPropertyOptional() line?: number;
  @ApiPropertyOptional() element?: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: QUESTION_TYPES }) type!: QuestionType;
  @ApiProperty({ type: [String] }) categoryPath!: string[];
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ nullable: true, type: Number }) difficulty!: 1 | 2 | 3 | 4 | 5 | null;
  @ApiProperty({ nullable: true, type: String }) bloom!: QuestionImportPreviewItem['bloom'];
  @ApiProperty({ type: [String] }) dimensionCodes!: string[];
  @ApiProperty() excerpt!: string;
  @ApiProperty() fileCount!: number;
}

export class QuestionImportPreviewResponse implements QuestionImportPreview {
  @ApiProperty() id!: string;
  @ApiProperty() bankId!: string;
  @ApiProperty({ enum: QUESTION_IMPORT_FORMATS }) format!: QuestionImportFormat;
  @ApiProperty() fileName!: string;
  @ApiProperty({ enum: ['preview', 'committed'] }) status!: 'preview' | 'committed';
  @ApiProperty({ type: [QuestionImportPreviewItemResponse] }) accepted!: QuestionImportPreviewItem[];
  @ApiProperty({ type: [QuestionImportIssueResponse] }) rejected!: QuestionImportIssue[];
  @ApiProperty({ type: [QuestionImportIssueResponse] }) warnings!: QuestionImportIssue[];
  @ApiProperty({ type: 'array', items: { type: 'array', items: { type: 'string' } } }) newCategories!: string[][];
}

export class QuestionImportSummaryResponse implements QuestionImportSummary {
  @ApiProperty() id!: string;
  @ApiProperty() created!: number;
  @ApiProperty() categoriesCreated!: number;
  @ApiProperty() filesStored!: number;
}
