import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import { DOMAIN_MODULES } from './domain-modules';
import { HealthModule } from './health/health.module';
import { PlatformModule } from './platform.module';
import { SeedModule } from './seed/seed.module';

@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      // Embedded mode has no worker: the API runs the jobs itself.
      imports: [PlatformModule.register(config, { processJobs: config.mode === 'embedded' }), ...DOMAIN_MODULES, HealthModule, SeedModule],
    };
  }
}
