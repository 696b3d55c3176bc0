import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { AttemptsService, SAVE_GRACE_SECONDS } from '../attempts/attempts.service';
import { Attempt } from '../attempts/attempt.entity';
import { AppConfig } from '../config/app-config';
import { HandlesJob, JobHandler } from '../queue/job-handler';

const BATCH = 500;

/**
 * Repeats every few seconds: submits overdue attempts with the answers saved so far, and
 * re-requests grading of attempts stuck in `submitted`. Both are safe to repeat.
 */
@Injectable()
@HandlesJob('sweep-attempts')
export class SweepAttemptsJob implements JobHandler<'sweep-attempts'> {
  private readonly logger = new Logger('AttemptSweeper');

  constructor(
    @InjectRepository(Attempt) private readonly attempts: Repository<Attempt>,
    private readonly attemptsService: AttemptsService,
    private readonly config: AppConfig,
  ) {}

  async handle(): Promise<{ timedOut: number; requeued: number }> {
    const now = Date.now();
    const overdue = await this.attempts.find({ where: { status: 'in_progress', deadlineAt: LessThan(new Date(now - SAVE_GRACE_SECONDS * 1000)) }, select: { id: true }, take: BATCH });
    let timedOut = 0;
    for (const { id } of overdue) if (await this.attemptsService.close(id, 'timeout')) timedOut++;
    // Submitted but still without a result after this long: its grading message was lost or its worker died.
    const stuck = await this.attempts.find({ where: { status: 'submitted', submittedAt: LessThan(new Date(now - this.config.attempts.gradingRetrySeconds * 1000)) }, select: { id: true }, take: BATCH });
    for (const { id } of stuck) await this.attemptsService.requestGrading(id);
    if (timedOut || stuck.length) this.logger.log(`Submitted ${timedOut} overdue attempt(s); re-queued grading of ${stuck.length}`);
    return { timedOut, requeued: stuck.length };
  }
}
