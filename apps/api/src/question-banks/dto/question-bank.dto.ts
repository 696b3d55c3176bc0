import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CreateQuestionBankRequest,
  CreateQuestionCategoryRequest,
  QuestionBankSummary,
  QuestionCategoryNode,
  UpdateQuestionCategoryRequest,
} from '@pathwise/contracts';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Length, MaxLength, ValidateIf } from 'class-validator';
import { trim } from '../../common/transforms';

export class CreateQuestionBankDto implements CreateQuestionBankRequest {
  @ApiProperty({ example: 'Product knowledge 产品知识' })
  @Transform(trim) @IsString() @Length(1, 120)
  name!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional() @ValidateIf((_o, v) => v !== null) @IsString() @MaxLength(2000)
  description?: string | null;
}

export class UpdateQuestionBankDto {
  @ApiPropertyOptional()
  @IsOptional() @Transform(trim) @IsString() @Length(1, 120)
  name?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional() @ValidateIf((_o, v) => v !== null) @IsString() @MaxLength(2000)
  description?: string | null;
}

export class CreateQuestionCategoryDto implements CreateQuestionCategoryRequest {
  @ApiProperty({ example: 'Trade-in 以旧换新' })
  @Transform(trim) @IsString() @Length(1, 120)
  name!: string;

  @ApiPropertyOptional({ nullable: true, description: 'Omit or null for the top level' })
  @IsOptional() @ValidateIf((_o, v) => v !== null) @IsUUID()
  parentId?: string | null;
}

export class UpdateQuestionCategoryDto implements UpdateQuestionCategoryRequest {
  @ApiPropertyOptional()
  @IsOptional() @Transform(trim) @IsString() @Length(1, 120)
  name?: string;

  @ApiPropertyOptional({ nullable: true, description: 'Move under this category; null moves it to the top level' })
  @IsOptional() @ValidateIf((_o, v) => v !== null) @IsUUID()
  parentId?: string | null;
}

export class DeleteQuestionCategoryQueryDto {
  @ApiPropertyOptional({ description: 'Move the questions and subcategories here first (required when the category is not empty)' })
  @IsOptional() @IsUUID()
  moveTo?: string;
}

export class QuestionBankSummaryResponse implements QuestionBankSummary {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty() questionCount!: number;
  @ApiProperty() categoryCount!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class QuestionCategoryNodeResponse implements QuestionCategoryNode {
  @ApiProperty() id!: string;
  @ApiProperty({ nullable: true, type: String }) parentId!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty() sortOrder!: number;
  @ApiProperty() questionCount!: number;
  @ApiProperty() totalCount!: number;
}
