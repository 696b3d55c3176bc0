import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler } from '../queue/job-handler';
import { JobPayloads } from '../queue/jobs';
import { GradingBatcher } from './grading-batcher';

@Injectable()
@HandlesJob('grade-attempt')
export class GradeAttemptJob implements JobHandler<'grade-attempt'> {
  constructor(private readonly batcher: GradingBatcher) {}

  /** Only attempts still waiting: a message sent twice (the sweeper raced the first) grades once. */
  handle(payload: JobPayloads['grade-attempt']): Promise<string | null> {
    return this.batcher.gradeSubmitted(payload.attemptId);
  }
}
