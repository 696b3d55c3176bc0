import { ErrorCode } from '@pathwise/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainException } from './domain.exception';

/** File uploads (CSV, XLSX, GIFT, Moodle XML, images) arrive as the raw body with their own content type. */
export const FILE_CONTENT_TYPES = ['text/csv', 'text/plain', 'application/octet-stream', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/xml', 'text/xml', 'image/png', 'image/jpeg', 'image/gif', 'image/webp'];

export function registerFileBodyParser(fastify: FastifyInstance, maxBytes: number): void {
  fastify.addContentTypeParser(FILE_CONTENT_TYPES, { parseAs: 'buffer', bodyLimit: maxBytes }, (_request, body, done) => done(null, body));
}

export function rawBody(request: FastifyRequest): Buffer {
  if (!Buffer.isBuffer(request.body)) {
    throw new DomainException(ErrorCode.UnsupportedMediaType, `Send the file as the request body with Content-Type ${FILE_CONTENT_TYPES[0]}`);
  }
  return request.body;
}
