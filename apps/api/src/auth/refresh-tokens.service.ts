import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode } from '@pathwise/contracts';
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { EntityManager, IsNull, LessThan, Not, Repository } from 'typeorm';
import { DomainException } from '../common/domain.exception';
import { AppConfig } from '../config/app-config';
import { RefreshToken, RevokedReason } from './refresh-token.entity';

/** Two tabs refreshing at the same moment present the same token; that is a race, not theft. */
const ROTATION_GRACE_MS = 30_000;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export interface IssuedRefreshToken {
  /** `<id>.<secret>`: the id finds the row, the secret proves possession. */
  token: string;
  expiresAt: Date;
}

@Injectable()
export class RefreshTokensService {
  constructor(
    @InjectRepository(RefreshToken) private readonly tokens: Repository<RefreshToken>,
    private readonly config: AppConfig,
  ) {}

  async issue(userId: string, userAgent: string | null, familyId: string = randomUUID(), manager?: EntityManager): Promise<IssuedRefreshToken> {
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.auth.refreshTokenTtlSeconds * 1000);
    const repo = manager?.getRepository(RefreshToken) ?? this.tokens;
    await repo.insert({ id, userId, familyId, tokenHash: sha256(secret), expiresAt, revokedAt: null, revokedReason: null, userAgent: userAgent?.slice(0, 255) ?? null });
    return { token: `${id}.${secret}`, expiresAt };
  }

  /**
   * Exchanges a valid refresh token for a new one in the same family. Presenting a token that was
   * already rotated (outside the grace window) means it leaked: the whole family is revoked.
   * A session ended on purpose (logout, password change, deactivation) is reported as such.
   */
  async rotate(presented: string, userAgent: string | null): Promise<{ userId: string; issued: IssuedRefreshToken }> {
    const row = await this.find(presented);
    if (row.revokedAt) throw await this.revokedError(row);
    if (row.expiresAt.getTime() <= Date.now()) throw new DomainException(ErrorCode.RefreshTokenInvalid, 'The session has expired. Sign in again.');

    return this.tokens.manager.transaction(async (manager) => {
      // Conditional update: of two concurrent rotations exactly one wins.
      const result = await manager.update(RefreshToken, { id: row.id, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: 'rotated' });
      if (!result.affected) throw new DomainException(ErrorCode.RefreshTokenInvalid, 'This refresh token was just replaced; use the newer one');
      const issued = await this.issue(row.userId, userAgent, row.familyId, manager);
      return { userId: row.userId, issued };
    });
  }

  private async revokedError(row: RefreshToken): Promise<DomainException> {
    switch (row.revokedReason) {
      case 'rotated':
        if (Date.now() - (row.revokedAt as Date).getTime() < ROTATION_GRACE_MS) {
          return new DomainException(ErrorCode.RefreshTokenInvalid, 'This refresh token was just replaced; use the newer one');
        }
        await this.revokeFamily(row.familyId, 'reuse-detected');
        return this.reused();
      case 'reuse-detected':
        return this.reused();
      case 'deactivated':
        return new DomainException(ErrorCode.AccountDeactivated, 'This account has been deactivated. Ask your administrator.');
      case 'logout':
      case 'password-changed':
      case null:
        return new DomainException(ErrorCode.RefreshTokenInvalid, 'This session has ended. Sign in again.');
    }
  }

  private reused(): DomainException {
    return new DomainException(ErrorCode.RefreshTokenReused, 'This session was ended because its refresh token was used twice. Sign in again.');
  }

  /** Ends every session of the user except the one the caller is using (after a password change). */
  async revokeOthers(userId: string, keepFamilyId: string | null, reason: RevokedReason, manager?: EntityManager): Promise<void> {
    const repo = manager?.getRepository(RefreshToken) ?? this.tokens;
    await repo.update({ userId, revokedAt: IsNull(), ...(keepFamilyId && { familyId: Not(keepFamilyId) }) }, { revokedAt: new Date(), revokedReason: reason });
  }

  /** The family of a presented token, if it is one of this user's live sessions. */
  async liveFamilyOf(presented: string | undefined, userId: string): Promise<string | null> {
    if (!presented) return null;
    const row = await this.find(presented).catch(() => null);
    return row && row.userId === userId && !row.revokedAt && row.expiresAt.getTime() > Date.now() ? row.familyId : null;
  }

  async revokePresented(presented: string): Promise<void> {
    const row = await this.find(presented).catch(() => null);
    if (row) await this.revokeFamily(row.familyId, 'logout');
  }

  async revokeFamily(familyId: string, reason: RevokedReason): Promise<void> {
    await this.tokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }

  async revokeAllForUser(userId: string, reason: RevokedReason, manager?: EntityManager): Promise<void> {
    const repo = manager?.getRepository(RefreshToken) ?? this.tokens;
    await repo.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }

  /** Rows stay until expiry (reuse detection needs them), then a day longer for forensics. Idempotent. */
  async purgeExpired(olderThanDays = 1): Promise<number> {
    const cutoff = new Date(Date.now() - olderThanDays * 86400_000);
    const result = await this.tokens.delete({ expiresAt: LessThan(cutoff) });
    return result.affected ?? 0;
  }

  private async find(presented: string): Promise<RefreshToken> {
    const [id, secret] = presented.split('.');
    const invalid = new DomainException(ErrorCode.RefreshTokenInvalid, 'The session is not valid. Sign in again.');
    if (!id || !secret || id.length !== 36) throw invalid;
    const row = await this.tokens.findOne({ where: { id } });
    if (!row) throw invalid;
    const expected = Buffer.from(row.tokenHash, 'hex');
    const actual = Buffer.from(sha256(secret), 'hex');
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) throw invalid;
    return row;
  }
}
