import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNumber, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';

export class ManualGradeDto {
  @ApiPropertyOptional({ description: 'For a scenario: the essay part being graded' })
  @IsOptional() @IsString() @MaxLength(64)
  partId?: string;

  @ApiPropertyOptional({ description: 'Points awarded (essays without a rubric)' })
  @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(1000)
  points?: number;

  @ApiPropertyOptional({ description: 'Rubric: criterion id → index of the chosen level', example: { empathy: 2, ownership: 1 } })
  @IsOptional() @IsObject()
  rubric?: Record<string, number>;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000)
  comment?: string;
}

export class GradingQueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID()
  examId?: string;

  @ApiPropertyOptional({ enum: ['oldest', 'newest'], default: 'oldest' }) @IsOptional() @IsIn(['oldest', 'newest'])
  order?: 'oldest' | 'newest';
}

