import { ConfigurationError } from './config/environment';
import { loadConfiguration } from './config/load-configuration';
import { createHttpApp } from './http-app';

async function bootstrap(): Promise<void> {
  const config = await loadConfiguration();
  const app = await createHttpApp(config);
  await app.listen(config.http.port, config.http.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  app.getHttpAdapter().getInstance().log.info({ mode: config.mode, port }, `Pathwise API listening on port ${port} (${config.mode} mode)`);
}

bootstrap().catch((error: unknown) => {
  // A configuration problem is one clear line; anything else keeps its stack.
  if (error instanceof ConfigurationError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
