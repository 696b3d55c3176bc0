import { NestFactory } from '@nestjs/core';
import { ConfigurationError, createLogger, loadConfiguration, PinoLoggerService } from '@pathwise/api';

import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = await loadConfiguration();
  if (config.mode !== 'production' || !config.redis) {
    throw new ConfigurationError('Invalid configuration: the worker needs DATABASE_URL and REDIS_URL (embedded mode runs jobs inside the API)');
  }
  const logger = createLogger(config.logLevel, 'pathwise-worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), { logger: new PinoLoggerService(logger) });
  // SIGTERM closes the BullMQ workers, which wait for the jobs in hand before the process exits.
  app.enableShutdownHooks();
  logger.info('Pathwise worker processing queues');
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigurationError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
