import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Answer } from '@pathwise/assessment';
import { SaveAnswerRequest } from '@pathwise/contracts';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

export class SaveAnswerDto implements SaveAnswerRequest {
  @ApiPropertyOptional({ description: 'The answer in the shape of its question type; null clears it; omit to change only the flag', nullable: true })
  @IsOptional()
  answer?: Answer | null;

  @ApiPropertyOptional() @IsOptional() @IsBoolean()
  flagged?: boolean;

  @ApiProperty({ description: 'Increases with every save of this question from the client' })
  @IsInt() @Min(1) @Max(2_000_000_000)
  seq!: number;
}
