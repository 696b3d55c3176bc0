import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@pathwise/contracts';
import { AppConfig } from '../config/app-config';
import { DomainException } from '../common/domain.exception';
import { RedisConnection } from '../queue/redis-connection';

/**
 * Counts failed sign-ins per (IP, e-mail). A whole contact centre often shares one public IP,
 * so the key includes the e-mail: one agent's typos never lock out the floor. A much larger cap
 * per IP alone stops one address from spraying a password across many accounts.
 * Counters live in Redis when configured (shared by API replicas), in memory otherwise.
 */
@Injectable()
export class LoginThrottle {
  private readonly memory = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly config: AppConfig,
    private readonly redis: RedisConnection,
  ) {}

  async assertAllowed(ip: string, email: string): Promise<void> {
    const [account, address] = await Promise.all([this.read(this.key(ip, email)), this.read(this.key(ip))]);
    const { loginMaxFailures, loginMaxFailuresPerIp } = this.config.auth;
    const blocked = account.count >= loginMaxFailures ? account : address.count >= loginMaxFailuresPerIp ? address : null;
    if (blocked) {
      const { retryAfterSeconds } = blocked;
      throw new DomainException(ErrorCode.TooManyAttempts, `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`, undefined, {
        retryAfterSeconds,
      });
    }
  }

  async recordFailure(ip: string, email: string): Promise<void> {
    await Promise.all([this.increment(this.key(ip, email)), this.increment(this.key(ip))]);
  }

  private async increment(key: string): Promise<void> {
    const windowSeconds = this.config.auth.loginWindowSeconds;
    const client = this.redis.client;
    if (client) {
      await client.multi().incr(key).expire(key, windowSeconds, 'NX').exec();
      return;
    }
    const now = Date.now();
    const entry = this.memory.get(key);
    if (!entry || entry.resetAt <= now) {
      this.forgetExpired(now);
      this.memory.set(key, { count: 1, resetAt: now + windowSeconds * 1000 });
    } else {
      entry.count += 1;
    }
  }

  async reset(ip: string, email: string): Promise<void> {
    const key = this.key(ip, email);
    if (this.redis.client) await this.redis.client.del(key);
    else this.memory.delete(key);
  }

  private async read(key: string): Promise<{ count: number; retryAfterSeconds: number }> {
    const client = this.redis.client;
    if (client) {
      const [count, ttl] = await Promise.all([client.get(key), client.ttl(key)]);
      return { count: Number(count ?? 0), retryAfterSeconds: Math.max(ttl, 1) };
    }
    const entry = this.memory.get(key);
    if (!entry || entry.resetAt <= Date.now()) return { count: 0, retryAfterSeconds: 0 };
    return { count: entry.count, retryAfterSeconds: Math.ceil((entry.resetAt - Date.now()) / 1000) };
  }

  /** Expired counters are dead weight; drop them when a new one starts so memory stays bounded by the window. */
  private forgetExpired(now: number): void {
    if (this.memory.size < 1000) return;
    for (const [key, entry] of this.memory) if (entry.resetAt <= now) this.memory.delete(key);
  }

  private key(ip: string, email?: string): string {
    return `${this.config.redis?.prefix ?? 'pathwise'}:login-failures:${ip}${email ? `:${email}` : ''}`;
  }
}
