import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler } from '../queue/job-handler';
import { JobPayloads } from '../queue/jobs';
import { RegradeService } from './regrade.service';

@Injectable()
@HandlesJob('regrade')
export class RegradeJob implements JobHandler<'regrade'> {
  constructor(private readonly regrade: RegradeService) {}

  handle(payload: JobPayloads['regrade']): Promise<void> {
    return this.regrade.run(payload.runId);
  }
}
