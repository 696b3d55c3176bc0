import { ApiProperty } from '@nestjs/swagger';
import { AuditLogEntry } from '@pathwise/contracts';
import { PageResponse } from '../../common/openapi/page.response';

class ActorResponse {
  @ApiProperty() id!: string;
  @ApiProperty() displayName!: string;
}

export class AuditLogEntryResponse implements AuditLogEntry {
  @ApiProperty() id!: number;
  @ApiProperty({ type: ActorResponse, nullable: true }) actor!: ActorResponse | null;
  @ApiProperty({ example: 'user.deactivate' }) action!: string;
  @ApiProperty({ example: 'user' }) entityType!: string;
  @ApiProperty({ type: String, nullable: true }) entityId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) details!: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class AuditLogPageResponse extends PageResponse(AuditLogEntryResponse, 'AuditLogPage') {}
