import { Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '../config/app-config';

const HOUR = 3600;

/**
 * Images load through `<img src>`, which carries no bearer token; so whoever may read a question
 * receives signed URLs to its images instead. Expiry is rounded up to the next hour boundary plus
 * one hour, so URLs stay stable (and cacheable) for a while.
 */
@Injectable()
export class FileUrlSigner {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = createHmac('sha256', config.auth.jwtSecret).update('question-files').digest();
  }

  url(fileId: string, now = Date.now()): string {
    const expires = (Math.ceil(now / 1000 / HOUR) + 1) * HOUR;
    return `/api/question-files/${fileId}?exp=${expires}&sig=${this.signature(fileId, expires)}`;
  }

  verify(fileId: string, expires: number, signature: string, now = Date.now()): boolean {
    if (!Number.isSafeInteger(expires) || expires * 1000 < now) return false;
    const expected = Buffer.from(this.signature(fileId, expires));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private signature(fileId: string, expires: number): string {
    return createHmac('sha256', this.key).update(`${fileId}.${expires}`).digest('base64url');
  }
}
