import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CreateTeamRequest, SetTeamMembersRequest, UpdateTeamRequest } from '@pathwise/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateIf } from 'class-validator';
import { trim } from '../../common/transforms';

export class CreateTeamDto implements CreateTeamRequest {
  @ApiProperty({ example: 'Customer Care A' })
  @Transform(trim) @IsString() @Length(1, 120)
  name!: string;

  @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional() @ValidateIf((_o, v) => v !== null) @IsUUID()
  supervisorId?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional() @IsArray() @ArrayMaxSize(3000) @ArrayUnique() @IsUUID('all', { each: true })
  memberIds?: string[];
}

export class UpdateTeamDto implements UpdateTeamRequest {
  @ApiPropertyOptional()
  @IsOptional() @Transform(trim) @IsString() @Length(1, 120)
  name?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional() @ValidateIf((_o, v) => v !== null) @IsString() @MaxLength(2000)
  description?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional() @ValidateIf((_o, v) => v !== null) @IsUUID()
  supervisorId?: string | null;
}

export class SetTeamMembersDto implements SetTeamMembersRequest {
  @ApiProperty({ type: [String] })
  @IsArray() @ArrayMaxSize(3000) @ArrayUnique() @IsUUID('all', { each: true })
  memberIds!: string[];
}
