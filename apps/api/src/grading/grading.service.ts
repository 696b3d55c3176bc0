import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { scoreAnswer, summariseAttempt } from '@pathwise/assessment';
import { EntityManager, In, Repository } from 'typeorm';
import { AttemptAnswer } from '../attempts/attempt-answer.entity';
import { AttemptQuestion } from '../attempts/attempt-question.entity';
import { Attempt } from '../attempts/attempt.entity';
import { QuestionVersionCache } from '../attempts/question-version-cache';
import { CapabilityDimension } from '../capabilities/capability-dimension.entity';
import { Exam } from '../exams/exam.entity';
import { QuestionDimension } from '../questions/question-dimension.entity';
import { bulkInsert } from '../database/bulk-insert';
import { writeLock } from '../database/row-lock';
import { JobQueue } from '../queue/job-queue';
import { AttemptItemResult } from './attempt-item-result.entity';

const GRADABLE: readonly Attempt['status'][] = ['submitted', 'needs_grading', 'graded'];

/**
 * Scores a submitted attempt with the engine and writes every question's result, the total, the
 * percent, the marks per dimension and pass/fail in one transaction. Running it again gives the
 * same rows (results are replaced, never added), and manual grades of open answers are kept.
 */
@Injectable()
export class GradingService {
  private readonly logger = new Logger('Grading');

  constructor(
    @InjectRepository(Attempt) private readonly attempts: Repository<Attempt>,
    private readonly versions: QuestionVersionCache,
    @Inject(JobQueue) private readonly queue: JobQueue,
  ) {}

  /** `only` narrows which statuses are graded: the queued job grades only `submitted` attempts, so a duplicate message is a no-op. */
  async grade(attemptId: string, only: readonly Attempt['status'][] = GRADABLE): Promise<Attempt['status'] | null> {
    // Warm the version cache first, so the transaction never waits for a second pooled connection.
    const slots = await this.attempts.manager.find(AttemptQuestion, { where: { attemptId }, select: { questionVersionId: true } });
    await this.versions.getMany(slots.map((slot) => slot.questionVersionId));
    const graded = await this.attempts.manager.transaction((manager) => this.gradeIn(manager, attemptId, only));
    if (graded) await this.statisticsLater(graded.examId);
    return graded?.status ?? null;
  }

  /** Grades inside the caller's transaction (a regrade moves versions and grades atomically). */
  async gradeIn(
    manager: EntityManager,
    attemptId: string,
    only: readonly Attempt['status'][] = GRADABLE,
  ): Promise<{
    examId: string;
    status: Attempt['status'];
    points: number;
  } | null> {
    const attempt = await manager.findOne(Attempt, {
      where: { id: attemptId },
      lock: writeLock(manager),
    });
    if (!attempt || !only.includes(attempt.status)) return null;
    const exam = await manager.findOneOrFail(Exam, {
      where: { id: attempt.examId },
    });
    const questions = await manager.find(AttemptQuestion, {
      where: { attemptId },
      order: { position: 'ASC' },
    });
    const answers = new Map((await manager.find(AttemptAnswer, { where: { attemptId } })).map((a) => [a.position, a.answer]));
    // A submitted attempt has never been graded, so it has no result rows (manual grades need needs_grading).
    const firstGrading = attempt.status === 'submitted';
    const manual = new Map(firstGrading ? [] : (await manager.find(AttemptItemResult, { where: { attemptId, manual: true } })).map((r) => [r.position, r]));
    const versions = await this.versions.getMany(questions.map((q) => q.questionVersionId));
    const dimensions = await this.dimensionsOf(
      manager,
      questions.map((q) => q.questionId),
    );
    const now = new Date();
    const rows: AttemptItemResult[] = questions.map((q, i) => {
      const kept = manual.get(q.position);
      if (kept) return kept;
      const score = scoreAnswer(versions[i].definition, answers.get(q.position) ?? undefined, q.points);
      return manager.create(AttemptItemResult, {
        attemptId,
        position: q.position,
        points: score.points,
        maxPoints: score.maxPoints,
        status: score.status,
        detail: score,
        manual: false,
        gradedById: null,
        comment: null,
        gradedAt: now,
      });
    });
    const summary = summariseAttempt(
      rows.map((row, i) => ({
        points: row.points,
        maxPoints: row.maxPoints,
        status: row.status,
        dimensions: dimensions.get(questions[i].questionId) ?? [],
      })),
      {
        passPercent: exam.passPercent,
        dimensionPassPercent: exam.dimensionPassPercent,
      },
    );
    if (!firstGrading) await manager.delete(AttemptItemResult, { attemptId, manual: false });
    await bulkInsert(manager, AttemptItemResult, rows.filter((row) => !row.manual));
    const status = summary.status === 'pending' ? 'needs_grading' : 'graded';
    await manager.update(
      Attempt,
      { id: attemptId },
      {
        status,
        gradedAt: status === 'graded' ? now : null,
        points: summary.points,
        maxPoints: summary.maxPoints,
        percent: summary.percent,
        passed: summary.passed,
        dimensionResults: summary.dimensions,
      },
    );
    return { examId: attempt.examId, status, points: summary.points };
  }

  /** Item statistics are recomputed in the background, at most once per exam and minute however many attempts finish. */
  private async statisticsLater(examId: string): Promise<void> {
    try {
      await this.queue.enqueue('exam-statistics', { examId }, { deduplicationId: `statistics:${examId}`, deduplicateUntilStart: true, delayMs: 30_000 });
    } catch (error) {
      this.logger.warn(`Could not queue statistics of exam ${examId}: ${(error as Error).message}`);
    }
  }

  private async dimensionsOf(manager: EntityManager, questionIds: string[]): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    if (!questionIds.length) return map;
    const rows = await manager
      .createQueryBuilder(QuestionDimension, 'qd')
      .innerJoin(CapabilityDimension, 'd', 'd.id = qd.dimension_id')
      .select('qd.question_id', 'questionId')
      .addSelect('d.code', 'code')
      .where({ questionId: In([...new Set(questionIds)]) })
      .getRawMany<{ questionId: string; code: string }>();
    for (const row of rows) map.set(row.questionId, [...(map.get(row.questionId) ?? []), row.code]);
    return map;
  }
}
