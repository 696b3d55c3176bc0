import { ArgumentsHost, Catch, NotFoundException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiExceptionFilter } from './api-exception.filter';

/**
 * When the API also serves the portal, a browser asking for a client-side route (/admin/users)
 * gets index.html and Angular's router takes over; API paths keep their JSON 404.
 * Nest owns Fastify's not-found handler, so the fallback lives here rather than in Fastify.
 */
@Catch()
export class PortalFallbackFilter extends ApiExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    if (exception instanceof NotFoundException && isPageRequest(request)) {
      void host.switchToHttp().getResponse<FastifyReply>().type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
      return;
    }
    super.catch(exception, host);
  }
}

function isPageRequest(request: FastifyRequest): boolean {
  return request.method === 'GET' && !request.url.startsWith('/api') && Boolean(request.headers.accept?.includes('text/html'));
}
