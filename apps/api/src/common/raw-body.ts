import { ErrorCode } from '@pathwise/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainException } from './domain.exception';

/** File uploads (CSV, XLSX, GIFT, Moodle XML, images) arrive as the raw body with their own content type. */
export const FILE_CONTENT_TYPES = ['text/csv', 'text/plain', 'application/octet-stream', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/xml', 'text/xml', 'image/png', 'image/jpeg', 'image/gif', 'image/webp'];

export function registerFileBodyParser(fastify: FastifyInstance, maxBytes: number): void {
  fastify.addContentTypeParser(FILE_CONTENT_TYPES, { parseAs: 'buffer', bodyLimit: maxBytes }, (_request, body, done) => done(null, body));
}

/** Content types each upload accepts: a CSV route must not take an image, nor the reverse. */
export const UPLOAD_TYPES = {
  spreadsheet: ['text/csv', 'text/plain', 'application/octet-stream', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  questionFile: ['text/csv', 'text/plain', 'application/octet-stream', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/xml', 'text/xml'],
  image: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'],
} as const;

export function rawBody(request: FastifyRequest, accepted: readonly string[]): Buffer {
  const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (!Buffer.isBuffer(request.body) || !accepted.includes(type)) {
    throw new DomainException(ErrorCode.UnsupportedMediaType, `Send the file as the request body with Content-Type ${accepted[0]}`);
  }
  return request.body;
}
