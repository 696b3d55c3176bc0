import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CreateUserRequest, Locale, ResetPasswordRequest, Role, SUPPORTED_LOCALES, UpdateUserRequest } from '@pathwise/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsEmail, IsEnum, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';
import { trim } from '../../common/transforms';

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({ example: 'agent21@pathwise.local' })
  @Transform(trim) @IsEmail({}, { message: 'email must be a valid e-mail address' }) @MaxLength(254)
  email!: string;

  @ApiProperty({ example: '李娜' })
  @Transform(trim) @IsString() @Length(1, 120)
  displayName!: string;

  @ApiProperty({ enum: Role, isArray: true })
  @IsArray() @ArrayMinSize(1, { message: 'roles needs at least one role' }) @ArrayUnique() @IsEnum(Role, { each: true })
  roles!: Role[];

  @ApiProperty({ description: 'At least 10 characters with a letter and a digit' })
  @IsString() @MaxLength(128)
  password!: string;

  @ApiPropertyOptional({ default: false, description: 'The user must choose a new password at first sign-in' })
  @IsOptional() @IsBoolean()
  mustChangePassword?: boolean;

  @ApiPropertyOptional()
  @IsOptional() @Transform(trim) @IsString() @Length(1, 64)
  employeeNo?: string;

  @ApiPropertyOptional({ enum: SUPPORTED_LOCALES })
  @IsOptional() @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({ example: '2026-09-01' })
  @IsOptional() @IsISO8601({ strict: true }) @Length(10, 10)
  hiredOn?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ArrayUnique() @IsUUID('all', { each: true })
  teamIds?: string[];
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional()
  @IsOptional() @Transform(trim) @IsEmail({}, { message: 'email must be a valid e-mail address' }) @MaxLength(254)
  email?: string;

  @ApiPropertyOptional()
  @IsOptional() @Transform(trim) @IsString() @Length(1, 120)
  displayName?: string;

  @ApiPropertyOptional({ enum: Role, isArray: true })
  @IsOptional() @IsArray() @ArrayMinSize(1, { message: 'roles needs at least one role' }) @ArrayUnique() @IsEnum(Role, { each: true })
  roles?: Role[];

  @ApiPropertyOptional({ nullable: true })
  @IsOptional() @ValidateIf((_o, v) => v !== null) @Transform(trim) @IsString() @Length(1, 64)
  employeeNo?: string | null;

  @ApiPropertyOptional({ enum: SUPPORTED_LOCALES })
  @IsOptional() @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional() @ValidateIf((_o, v) => v !== null) @IsISO8601({ strict: true }) @Length(10, 10)
  hiredOn?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ArrayUnique() @IsUUID('all', { each: true })
  teamIds?: string[];
}

export class ResetPasswordDto implements ResetPasswordRequest {
  @ApiProperty()
  @IsString() @MaxLength(128)
  newPassword!: string;
}

export class UserListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Matches name, e-mail or employee number' })
  @IsOptional() @IsString() @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ enum: Role })
  @IsOptional() @IsEnum(Role)
  role?: Role;

  @ApiPropertyOptional()
  @IsOptional() @IsUUID()
  teamId?: string;

  @ApiPropertyOptional()
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean()
  active?: boolean;
}

export class ImportQueryDto {
  @ApiPropertyOptional({ default: true, description: 'Validate and report without writing anything' })
  @IsOptional() @Transform(({ value }) => value !== 'false' && value !== false) @IsBoolean()
  dryRun = true;
}
