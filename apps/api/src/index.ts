/** What the worker app reuses from the API codebase: configuration, persistence, queues and the domain modules holding job handlers. */
export { AppConfig } from './config/app-config';
export { loadConfiguration } from './config/load-configuration';
export { ConfigurationError } from './config/environment';
export { PlatformModule } from './platform.module';
export { DOMAIN_MODULES } from './domain-modules';
export { JobHandlerRegistry } from './queue/job-handler.registry';
export { QueueName } from './queue/jobs';
export type { JobName } from './queue/jobs';
export { createLogger, PinoLoggerService } from './common/logger';
