import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RegradeProgress } from '@pathwise/contracts';
import { Repository } from 'typeorm';
import { AttemptQuestion } from '../attempts/attempt-question.entity';
import { Attempt } from '../attempts/attempt.entity';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/domain.exception';
import { QuestionVersion } from '../questions/question-version.entity';
import { Question } from '../questions/question.entity';
import { JobQueue } from '../queue/job-queue';
import { GradingService } from './grading.service';
import { RegradeRun } from './regrade-run.entity';

const BATCH = 50;
const FINISHED = ['submitted', 'needs_grading', 'graded'];

/**
 * After a trainer fixes a question (a new version), every finished attempt that used an older
 * version moves to the new one and is graded again, in the background with progress. Each attempt
 * moves and regrades in one transaction, so a crash resumes where it stopped.
 */
@Injectable()
export class RegradeService {
  private readonly logger = new Logger('Regrade');

  constructor(
    @InjectRepository(RegradeRun) private readonly runs: Repository<RegradeRun>,
    private readonly grading: GradingService,
    private readonly audit: AuditService,
    @Inject(JobQueue) private readonly queue: JobQueue,
  ) {}

  async start(actor: AuthUser, questionId: string): Promise<RegradeProgress> {
    const run = await this.runs.manager.transaction(async (manager) => {
      const question = await manager.findOne(Question, { where: { id: questionId } });
      if (!question) throw notFound('Question');
      const current = await manager.findOneOrFail(QuestionVersion, { where: { questionId, version: question.currentVersion } });
      const total = await this.pendingAttempts(current.id, questionId).getCount();
      const created = await manager.save(
        manager.create(RegradeRun, { questionId, toVersionId: current.id, toVersion: current.version, status: total ? 'queued' : 'done', total, done: 0, changed: 0, createdById: actor.id, finishedAt: total ? null : new Date() }),
      );
      await this.audit.record(actor, { action: 'question.regrade', entityType: 'question', entityId: questionId, details: { runId: created.id, toVersion: current.version, attempts: total } }, manager);
      return created;
    });
    if (run.total) await this.queue.enqueue('regrade', { runId: run.id }, { deduplicationId: `regrade:${run.id}` });
    return toProgress(run);
  }

  async progress(runId: string): Promise<RegradeProgress> {
    const run = await this.runs.findOne({ where: { id: runId } });
    if (!run) throw notFound('Regrade');
    return toProgress(run);
  }

  /** The job: safe to run again after a crash (moved attempts no longer match). */
  async run(runId: string): Promise<void> {
    const run = await this.runs.findOne({ where: { id: runId } });
    if (!run || run.status === 'done') return;
    await this.runs.update({ id: runId }, { status: 'running' });
    for (;;) {
      const batch = await this.pendingAttempts(run.toVersionId, run.questionId).select('DISTINCT aq.attempt_id', 'attemptId').limit(BATCH).getRawMany<{ attemptId: string }>();
      if (!batch.length) break;
      let changed = 0;
      for (const { attemptId } of batch) {
        const moved = await this.runs.manager.transaction(async (manager) => {
          const before = await manager.findOneOrFail(Attempt, { where: { id: attemptId }, select: { id: true, points: true } });
          await manager
            .createQueryBuilder()
            .update(AttemptQuestion)
            .set({ questionVersionId: run.toVersionId })
            .where('attempt_id = :attemptId AND question_id = :questionId', { attemptId, questionId: run.questionId })
            .execute();
          const graded = await this.grading.gradeIn(manager, attemptId);
          return graded !== null && graded.points !== before.points;
        });
        if (moved) changed++;
      }
      const remaining = await this.pendingAttempts(run.toVersionId, run.questionId).getCount();
      await this.runs.update({ id: runId }, { done: Math.max(0, run.total - remaining), changed: () => `changed + ${changed}` });
    }
    await this.runs.update({ id: runId }, { status: 'done', done: run.total, finishedAt: new Date() });
    this.logger.log(`Regrade ${runId} finished: ${run.total} attempt(s)`);
  }

  private pendingAttempts(toVersionId: string, questionId: string) {
    return this.runs.manager
      .createQueryBuilder(AttemptQuestion, 'aq')
      .innerJoin(Attempt, 'a', 'a.id = aq.attempt_id')
      .where('aq.question_id = :questionId AND aq.question_version_id <> :toVersionId', { questionId, toVersionId })
      .andWhere('a.status IN (:...finished)', { finished: FINISHED });
  }
}

function toProgress(run: RegradeRun): RegradeProgress {
  return {
    id: run.id,
    questionId: run.questionId,
    toVersion: run.toVersion,
    status: run.status,
    total: run.total,
    done: run.done,
    changed: run.changed,
    createdAt: run.createdAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}
