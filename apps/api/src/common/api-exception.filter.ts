import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ApiErrorBody, ErrorCode } from '@pathwise/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainException } from './domain.exception';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: ErrorCode.ValidationFailed,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  413: ErrorCode.PayloadTooLarge,
  415: ErrorCode.UnsupportedMediaType,
  429: ErrorCode.TooManyAttempts,
  503: ErrorCode.ServiceUnavailable,
};

/** Renders every failure as ApiErrorBody. Anything unexpected becomes a 500 that names the request id, never a stack. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const body = this.toBody(exception, String(request.id));
    if (body.statusCode >= 500) this.logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
    const retryAfter = exception instanceof DomainException ? exception.extra?.['retryAfterSeconds'] : undefined;
    if (typeof retryAfter === 'number') void reply.header('Retry-After', String(retryAfter));
    void reply.status(body.statusCode).send(body);
  }

  private toBody(exception: unknown, requestId: string): ApiErrorBody {
    if (exception instanceof DomainException) {
      const { retryAfterSeconds: _ignored, ...extra } = exception.extra ?? {};
      return { statusCode: exception.status, code: exception.code, message: exception.message, fieldErrors: exception.fieldErrors, requestId, ...extra };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return { statusCode: status, code: CODE_BY_STATUS[status] ?? ErrorCode.Internal, message: messageOf(exception), requestId };
    }
    const fastifyStatus = (exception as { statusCode?: number })?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      // Errors raised by Fastify itself before our code runs: body too large, malformed JSON, wrong content type.
      const code = CODE_BY_STATUS[fastifyStatus] ?? ErrorCode.ValidationFailed;
      return { statusCode: fastifyStatus, code, message: (exception as Error).message, requestId };
    }
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, code: ErrorCode.Internal, message: `Unexpected error; quote request id ${requestId} when reporting it`, requestId };
  }
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? exception.message);
}
