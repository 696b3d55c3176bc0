import { Injectable, Logger } from '@nestjs/common';
import { Attempt } from '../attempts/attempt.entity';
import { GradingService } from './grading.service';

const MAX_BATCH = 32;
const MAX_IN_FLIGHT = 2;

interface Waiting {
  attemptId: string;
  resolve: (status: Attempt['status'] | null) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for grading jobs: while a grading transaction runs, the attempts other jobs ask for
 * wait and then go together in the next one. An attempt alone is graded at once; a burst of
 * submissions is graded 32 to a transaction. Each job still resolves with its own attempt's status,
 * and a failed group is retried one attempt at a time so one bad attempt cannot fail the others.
 */
@Injectable()
export class GradingBatcher {
  private readonly logger = new Logger('Grading');
  private readonly waiting: Waiting[] = [];
  private inFlight = 0;

  constructor(private readonly grading: GradingService) {}

  /** Grades a submitted attempt (the queued job's rule: anything else is left alone). */
  gradeSubmitted(attemptId: string): Promise<Attempt['status'] | null> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ attemptId, resolve, reject });
      this.flushSoon();
    });
  }

  private flushSoon(): void {
    // Let the jobs started in the same turn of the event loop join the group.
    if (this.inFlight < MAX_IN_FLIGHT && this.waiting.length) setImmediate(() => this.flush());
  }

  private flush(): void {
    if (this.inFlight >= MAX_IN_FLIGHT || !this.waiting.length) return;
    const group = this.waiting.splice(0, MAX_BATCH);
    this.inFlight++;
    void this.gradeGroup(group).finally(() => {
      this.inFlight--;
      this.flushSoon();
    });
  }

  private async gradeGroup(group: Waiting[]): Promise<void> {
    try {
      const statuses = await this.grading.gradeMany(group.map((w) => w.attemptId), ['submitted']);
      for (const w of group) w.resolve(statuses.get(w.attemptId) ?? null);
    } catch (error) {
      if (group.length === 1) return group[0].reject(error);
      this.logger.warn(`Grading ${group.length} attempts together failed (${(error as Error).message}); grading them one by one`);
      for (const w of group) await this.grading.grade(w.attemptId, ['submitted']).then(w.resolve, w.reject);
    }
  }
}
