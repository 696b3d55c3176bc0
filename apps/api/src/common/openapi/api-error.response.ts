import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiErrorBody, ErrorCode, FieldError } from '@pathwise/contracts';

export class FieldErrorResponse implements FieldError {
  @ApiProperty({ example: 'email' }) field!: string;
  @ApiProperty({ example: 'email must be a valid e-mail address' }) message!: string;
  @ApiPropertyOptional({ example: 'too_short' }) code?: string;
}

/** The body of every failure. */
export class ApiErrorResponse implements ApiErrorBody {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ enum: ErrorCode, example: ErrorCode.ValidationFailed }) code!: ErrorCode;
  @ApiProperty({ example: 'The request has invalid fields' }) message!: string;
  @ApiPropertyOptional({ type: [FieldErrorResponse] }) fieldErrors?: FieldErrorResponse[];
  @ApiPropertyOptional({ example: '2f1c0d1e-8a4b-4f8e-9a51-0c7c3b7f1a2d' }) requestId?: string;
}
