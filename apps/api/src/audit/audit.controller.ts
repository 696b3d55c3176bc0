import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuditLogEntry, Page, Role } from '@pathwise/contracts';
import { RequireRoles } from '../auth/auth-user';
import { AuditService } from './audit.service';
import { AuditLogQueryDto } from './dto/audit-log-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit-log')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequireRoles(Role.Admin)
  list(@Query() query: AuditLogQueryDto): Promise<Page<AuditLogEntry>> {
    return this.audit.list(query);
  }
}
