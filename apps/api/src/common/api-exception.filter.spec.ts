import { ArgumentsHost, BadRequestException, Logger, NotFoundException } from '@nestjs/common';
import { ErrorCode } from '@pathwise/contracts';
import { ApiExceptionFilter } from './api-exception.filter';
import { DomainException } from './domain.exception';

function render(exception: unknown): { status: number; body: Record<string, unknown>; headers: Record<string, string> } {
  const sent: { status: number; body: Record<string, unknown>; headers: Record<string, string> } = { status: 0, body: {}, headers: {} };
  const reply = {
    status(code: number) {
      sent.status = code;
      return reply;
    },
    header(name: string, value: string) {
      sent.headers[name] = value;
      return reply;
    },
    send(body: Record<string, unknown>) {
      sent.body = body;
      return reply;
    },
  };
  const host = { switchToHttp: () => ({ getRequest: () => ({ id: 'req-12345678' }), getResponse: () => reply }) } as unknown as ArgumentsHost;
  new ApiExceptionFilter().catch(exception, host);
  return sent;
}

describe('ApiExceptionFilter', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('renders a domain exception with its code, status, field errors and extra fields', () => {
    const { status, body } = render(
      new DomainException(ErrorCode.ImportRejected, '2 problems', [{ field: 'file', message: 'bad' }], { report: { totalRows: 3 } }),
    );
    expect(status).toBe(422);
    expect(body).toEqual({ statusCode: 422, code: 'IMPORT_REJECTED', message: '2 problems', fieldErrors: [{ field: 'file', message: 'bad' }], requestId: 'req-12345678', report: { totalRows: 3 } });
  });

  it('sets Retry-After for rate limits without leaking it into the body', () => {
    const { status, body, headers } = render(new DomainException(ErrorCode.TooManyAttempts, 'slow down', undefined, { retryAfterSeconds: 120 }));
    expect(status).toBe(429);
    expect(headers['Retry-After']).toBe('120');
    expect(body).not.toHaveProperty('retryAfterSeconds');
  });

  it('maps framework HTTP exceptions to the same body', () => {
    expect(render(new NotFoundException('Cannot GET /api/nowhere')).body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', message: 'Cannot GET /api/nowhere' });
    expect(render(new BadRequestException(['a is wrong', 'b is wrong'])).body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', message: 'a is wrong; b is wrong' });
  });

  it('maps Fastify client errors such as an oversized body', () => {
    const tooLarge = Object.assign(new Error('Request body is too large'), { statusCode: 413 });
    expect(render(tooLarge).body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('turns anything unexpected into a 500 that names the request id and hides internals', () => {
    const { status, body } = render(new TypeError("Cannot read properties of undefined (reading 'secret')"));
    expect(status).toBe(500);
    expect(body['code']).toBe('INTERNAL');
    expect(body['message']).toContain('req-12345678');
    expect(JSON.stringify(body)).not.toContain('secret');
  });
});
