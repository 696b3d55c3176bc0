import { ApiProperty } from '@nestjs/swagger';
import { Locale, Role, SUPPORTED_LOCALES, USER_IMPORT_COLUMNS, UserImportColumn, UserImportReport, UserImportRowError, UserSummary } from '@pathwise/contracts';
import { PageResponse } from '../../common/openapi/page.response';

export class TeamRefResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'Customer Care A' }) name!: string;
}

export class UserSummaryResponse implements UserSummary {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'agent01@pathwise.local' }) email!: string;
  @ApiProperty({ example: '王芳' }) displayName!: string;
  @ApiProperty({ enum: Role, isArray: true }) roles!: Role[];
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: String, nullable: true }) employeeNo!: string | null;
  @ApiProperty({ enum: SUPPORTED_LOCALES }) locale!: Locale;
  @ApiProperty({ type: String, nullable: true }) certificationLevelId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-09-01' }) hiredOn!: string | null;
  @ApiProperty({ type: [TeamRefResponse] }) teams!: TeamRefResponse[];
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastLoginAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class UserPageResponse extends PageResponse(UserSummaryResponse, 'UserPage') {}

export class UserImportRowErrorResponse implements UserImportRowError {
  @ApiProperty({ example: 3 }) line!: number;
  @ApiProperty({ enum: USER_IMPORT_COLUMNS, nullable: true }) column!: UserImportColumn | null;
  @ApiProperty({ example: '"not-an-email" is not a valid email address.' }) message!: string;
}

export class ImportedUserResponse {
  @ApiProperty() line!: number;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Shown once, for rows without a password' }) temporaryPassword!: string | null;
}

export class UserImportReportResponse implements UserImportReport {
  @ApiProperty() dryRun!: boolean;
  @ApiProperty() committed!: boolean;
  @ApiProperty() totalRows!: number;
  @ApiProperty() validRows!: number;
  @ApiProperty({ type: [UserImportRowErrorResponse] }) errors!: UserImportRowErrorResponse[];
  @ApiProperty({ type: [ImportedUserResponse] }) created!: ImportedUserResponse[];
}
