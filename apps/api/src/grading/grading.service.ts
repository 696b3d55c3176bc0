import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { scoreAnswer, summariseAttempt } from '@pathwise/assessment';
import { EntityManager, In, Repository } from 'typeorm';
import { AttemptAnswer } from '../attempts/attempt-answer.entity';
import { AttemptQuestion } from '../attempts/attempt-question.entity';
import { Attempt } from '../attempts/attempt.entity';
import { CachedVersion, QuestionVersionCache } from '../attempts/question-version-cache';
import { CapabilityDimension } from '../capabilities/capability-dimension.entity';
import { Exam } from '../exams/exam.entity';
import { QuestionDimension } from '../questions/question-dimension.entity';
import { bulkInsert } from '../database/bulk-insert';
import { writeLock } from '../database/row-lock';
import { JobQueue } from '../queue/job-queue';
import { AttemptItemResult } from './attempt-item-result.entity';

export interface GradedAttempt {
  attemptId: string;
  examId: string;
  status: Attempt['status'];
  points: number;
}

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
    return (await this.gradeMany([attemptId], only)).get(attemptId) ?? null;
  }

  /**
   * Grades several attempts in one transaction (the worker groups the attempts its concurrent jobs
   * ask for): a handful of statements and one commit instead of ten statements and a commit each.
   * Returns the new status of each attempt that was graded.
   */
  async gradeMany(attemptIds: readonly string[], only: readonly Attempt['status'][] = GRADABLE): Promise<Map<string, Attempt['status']>> {
    const ids = [...new Set(attemptIds)].sort();
    // Warm the version cache first, so the transaction never waits for a second pooled connection.
    const slots = await this.attempts.manager.find(AttemptQuestion, { where: { attemptId: In(ids) }, select: { questionVersionId: true } });
    await this.versions.getMany([...new Set(slots.map((slot) => slot.questionVersionId))]);
    const graded = await this.attempts.manager.transaction((manager) => this.gradeManyIn(manager, ids, only));
    for (const examId of new Set(graded.map((g) => g.examId))) await this.statisticsLater(examId);
    return new Map(graded.map((g) => [g.attemptId, g.status]));
  }

  /** Grades inside the caller's transaction (a regrade moves versions and grades atomically). */
  async gradeIn(manager: EntityManager, attemptId: string, only: readonly Attempt['status'][] = GRADABLE): Promise<GradedAttempt | null> {
    return (await this.gradeManyIn(manager, [attemptId], only))[0] ?? null;
  }

  private async gradeManyIn(manager: EntityManager, ids: readonly string[], only: readonly Attempt['status'][]): Promise<GradedAttempt[]> {
    if (!ids.length) return [];
    // Locked in id order, as every grading transaction does, so two never wait for each other in a circle.
    const attempts = (await manager.find(Attempt, { where: { id: In([...ids]) }, order: { id: 'ASC' }, lock: writeLock(manager) })).filter((a) => only.includes(a.status));
    if (!attempts.length) return [];
    const attemptIds = attempts.map((a) => a.id);
    const exams = new Map((await manager.find(Exam, { where: { id: In([...new Set(attempts.map((a) => a.examId))]) } })).map((e) => [e.id, e]));
    const questions = groupBy(await manager.find(AttemptQuestion, { where: { attemptId: In(attemptIds) }, order: { attemptId: 'ASC', position: 'ASC' } }), (q) => q.attemptId);
    const answers = new Map((await manager.find(AttemptAnswer, { where: { attemptId: In(attemptIds) }, select: { attemptId: true, position: true, answer: true } })).map((a) => [`${a.attemptId}:${a.position}`, a.answer]));
    // A submitted attempt has never been graded, so it has no result rows (manual grades need needs_grading).
    const regraded = attempts.filter((a) => a.status !== 'submitted').map((a) => a.id);
    const manual = new Map(regraded.length ? (await manager.find(AttemptItemResult, { where: { attemptId: In(regraded), manual: true } })).map((r) => [`${r.attemptId}:${r.position}`, r]) : []);
    const allQuestions = [...questions.values()].flat();
    const versions = new Map((await this.versions.getMany([...new Set(allQuestions.map((q) => q.questionVersionId))])).map((v) => [v.id, v]));
    const dimensions = await this.dimensionsOf(manager, allQuestions.map((q) => q.questionId));
    const now = new Date();
    const rows: AttemptItemResult[] = [];
    const graded: GradedAttempt[] = [];
    for (const attempt of attempts) {
      const exam = exams.get(attempt.examId) as Exam;
      const mine = questions.get(attempt.id) ?? [];
      const results = mine.map((q) => manual.get(`${attempt.id}:${q.position}`) ?? this.score(manager, q, versions, answers.get(`${attempt.id}:${q.position}`), now));
      rows.push(...results.filter((row) => !row.manual));
      const summary = summariseAttempt(
        results.map((row, i) => ({ points: row.points, maxPoints: row.maxPoints, status: row.status, dimensions: dimensions.get(mine[i].questionId) ?? [] })),
        { passPercent: exam.passPercent, dimensionPassPercent: exam.dimensionPassPercent },
      );
      const status = summary.status === 'pending' ? 'needs_grading' : 'graded';
      graded.push({ attemptId: attempt.id, examId: attempt.examId, status, points: summary.points });
      attempt.status = status;
      Object.assign(attempt, { gradedAt: status === 'graded' ? now : null, points: summary.points, maxPoints: summary.maxPoints, percent: summary.percent, passed: summary.passed, dimensionResults: summary.dimensions });
    }
    if (regraded.length) await manager.delete(AttemptItemResult, { attemptId: In(regraded), manual: false });
    await bulkInsert(manager, AttemptItemResult, rows);
    for (const attempt of attempts) {
      await manager.update(Attempt, { id: attempt.id }, { status: attempt.status, gradedAt: attempt.gradedAt, points: attempt.points, maxPoints: attempt.maxPoints, percent: attempt.percent, passed: attempt.passed, dimensionResults: attempt.dimensionResults });
    }
    return graded;
  }

  private score(manager: EntityManager, question: AttemptQuestion, versions: Map<string, CachedVersion>, answer: AttemptAnswer['answer'] | undefined, now: Date): AttemptItemResult {
    const version = versions.get(question.questionVersionId) as CachedVersion;
    const score = scoreAnswer(version.definition, answer ?? undefined, question.points);
    return manager.create(AttemptItemResult, {
      attemptId: question.attemptId,
      position: question.position,
      points: score.points,
      maxPoints: score.maxPoints,
      status: score.status,
      detail: score,
      manual: false,
      gradedById: null,
      comment: null,
      gradedAt: now,
    });
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

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
