import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from './audit/audit.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { QueueModule } from './queue/queue.module';

/** What both processes stand on: configuration, the database (migrated at boot), the queue port, the audit log. */
@Module({})
export class PlatformModule {
  static register(config: AppConfig, options: { processJobs: boolean }): DynamicModule {
    return {
      module: PlatformModule,
      imports: [ConfigModule.register(config), DatabaseModule, QueueModule.register(config, options), AuditModule],
    };
  }
}
