import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, DOMAIN_MODULES, PlatformModule } from '@pathwise/api';
import { GradingProcessor } from './processors/grading.processor';
import { StatisticsProcessor } from './processors/statistics.processor';
import { SystemProcessor } from './processors/system.processor';

/** The API's platform and domain modules without HTTP, plus one BullMQ processor per queue. */
@Module({})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.register(config, { processJobs: true }), ...DOMAIN_MODULES],
      providers: [SystemProcessor, GradingProcessor, StatisticsProcessor],
    };
  }
}
