import type {} from '@fastify/static';
import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { ApiErrorResponse } from './common/openapi/api-error.response';
import { PortalFallbackFilter } from './common/portal-fallback.filter';
import { createLogger, PinoLoggerService } from './common/logger';
import { registerFileBodyParser } from './common/raw-body';
import { registerSecurityHeaders } from './common/security-headers';
import { createValidationPipe } from './common/validation';
import { AppConfig } from './config/app-config';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Builds the HTTP application (used by main.ts and by the end-to-end tests): same plugins, pipes and filters. */
export async function createHttpApp(config: AppConfig): Promise<NestFastifyApplication> {
  const logger = createLogger(config.logLevel, 'pathwise-api');
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    trustProxy: config.http.trustProxy,
    bodyLimit: 1024 * 1024,
    // Accept a caller's request id (from a proxy or the portal) when it looks like one.
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const header = request.headers['x-request-id'];
      return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    },
    return503OnClosing: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config), adapter, {
    logger: new PinoLoggerService(logger),
    bufferLogs: true,
  });
  const fastify = app.getHttpAdapter().getInstance();
  // Requests still in flight at shutdown finish, but their keep-alive sockets must not hold the process open.
  let closing = false;
  fastify.addHook('preClose', async () => {
    closing = true;
  });
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    if (closing) void reply.header('connection', 'close');
  });
  registerFileBodyParser(fastify, config.http.maxUploadBytes);

  registerSecurityHeaders(fastify, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Angular Material and the Swagger UI set inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  await app.register(fastifyCors, { origin: config.http.corsOrigins.length ? config.http.corsOrigins : false, credentials: true });
  await app.register(fastifyCookie);

  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  const servesPortal = Boolean(config.portalDir && existsSync(join(config.portalDir, 'index.html')));
  app.useGlobalFilters(servesPortal ? new PortalFallbackFilter() : new ApiExceptionFilter());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('Pathwise API').setDescription('Learning and assessment for customer-service centres').setVersion('1.0').addBearerAuth().build(),
    { extraModels: [ApiErrorResponse] },
  );
  documentErrors(document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });

  // The built portal on the same origin; hashed assets may be cached for a year, index.html never.
  if (servesPortal && config.portalDir) {
    await app.register(fastifyStatic, {
      root: config.portalDir,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      setHeaders: (reply, path) => {
        void reply.header('cache-control', path.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable');
      },
    });
  }
  return app;
}

/** Every operation can fail with the one error body; say so once instead of on each endpoint. */
function documentErrors(document: OpenAPIObject): void {
  const error = { description: 'Any failure', content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiErrorResponse' } } } };
  for (const path of Object.values(document.paths)) {
    for (const operation of [path.get, path.post, path.put, path.patch, path.delete]) {
      if (operation) operation.responses = { ...operation.responses, default: error };
    }
  }
}
