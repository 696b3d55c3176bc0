import { ApiProperty } from '@nestjs/swagger';
import { QuestionFileUpload } from '@pathwise/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsString, MaxLength } from 'class-validator';

export class SignedFileQueryDto {
  @Type(() => Number) @IsInt()
  exp!: number;

  @IsString() @MaxLength(64)
  sig!: string;
}

export class QuestionFileUploadResponse implements QuestionFileUpload {
  @ApiProperty() id!: string;
  @ApiProperty({ example: '/api/question-files/…?exp=…&sig=…' }) url!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'image/png' }) mimeType!: string;
  @ApiProperty() size!: number;
}
