import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ChangePasswordRequest, Locale, LoginRequest, SUPPORTED_LOCALES, UpdateProfileRequest } from '@pathwise/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { trim } from '../../common/transforms';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'admin@pathwise.local' })
  @IsString() @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Pathwise!2026' })
  @IsString() @MaxLength(128)
  password!: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString() @MaxLength(128)
  currentPassword!: string;

  @ApiProperty({ description: 'At least 10 characters with a letter and a digit' })
  @IsString() @MaxLength(128)
  newPassword!: string;
}

export class UpdateProfileDto implements UpdateProfileRequest {
  @ApiPropertyOptional()
  @IsOptional() @Transform(trim) @IsString() @Length(1, 120)
  displayName?: string;

  @ApiPropertyOptional({ enum: SUPPORTED_LOCALES })
  @IsOptional() @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}
