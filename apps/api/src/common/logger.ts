import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';

type Level = 'info' | 'error' | 'warn' | 'debug' | 'trace';

/** Structured JSON logs. Fastify logs each request with its request id through the same instance. */
export function createLogger(level: string, name: string): Logger {
  return pino({
    level,
    name,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  });
}

/**
 * Routes Nest's Logger into pino. Nest calls `method(message, ...params, context)`: an object message
 * becomes structured fields, a string in params becomes the message text (or a stack for errors).
 */
export class PinoLoggerService implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    const context = params.length > 0 ? params[params.length - 1] : undefined;
    const text = params.slice(0, -1).find((p): p is string => typeof p === 'string');
    if (message !== null && typeof message === 'object' && !(message instanceof Error)) {
      this.logger[level]({ context, ...(message as object) }, text);
    } else if (message instanceof Error) {
      this.logger[level]({ context, err: message }, text ?? message.message);
    } else {
      this.logger[level]({ context, ...(text ? { stack: text } : {}) }, String(message));
    }
  }
}
