import { Injectable, Logger } from '@nestjs/common';
import { HandlesJob, JobHandler } from '../queue/job-handler';
import { JobPayloads } from '../queue/jobs';
import { RefreshTokensService } from './refresh-tokens.service';

@Injectable()
@HandlesJob('purge-expired-refresh-tokens')
export class PurgeExpiredRefreshTokensJob implements JobHandler<'purge-expired-refresh-tokens'> {
  private readonly logger = new Logger('PurgeExpiredRefreshTokensJob');

  constructor(private readonly refreshTokens: RefreshTokensService) {}

  async handle(payload: JobPayloads['purge-expired-refresh-tokens']): Promise<number> {
    const purged = await this.refreshTokens.purgeExpired(payload.olderThanDays);
    if (purged) this.logger.log(`Purged ${purged} expired refresh token(s)`);
    return purged;
  }
}
