import { ConfigModule as NestConfigModule } from '@nestjs/config';
import { AppConfig } from './app-config';
import { validateEnvironment } from './environment';

/**
 * Reads `.env` (real environment variables win) and validates everything against the schema with
 * @nestjs/config, before Nest builds any module: a wrong value stops boot with one line naming it.
 */
export async function loadConfiguration(): Promise<AppConfig> {
  await NestConfigModule.forRoot({ envFilePath: ['.env'], validate: validateEnvironment, ignoreEnvVars: false });
  return AppConfig.fromEnvironment(process.env);
}
