import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditLogEntry, Page, Role } from '@pathwise/contracts';
import { RequireRoles } from '../auth/auth-user';
import { AuditService } from './audit.service';
import { AuditLogQueryDto } from './dto/audit-log-query.dto';
import { AuditLogPageResponse } from './dto/audit-log.response';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit-log')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequireRoles(Role.Admin)
  @ApiOkResponse({ type: AuditLogPageResponse })
  list(@Query() query: AuditLogQueryDto): Promise<Page<AuditLogEntry>> {
    return this.audit.list(query);
  }
}
