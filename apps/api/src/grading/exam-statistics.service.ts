import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AttemptItemScores, ItemStatisticsAccumulator, optionDistribution } from '@pathwise/assessment';
import { ExamStatisticsView } from '@pathwise/contracts';
import { In, Repository } from 'typeorm';
import { AttemptAnswer } from '../attempts/attempt-answer.entity';
import { AttemptQuestion } from '../attempts/attempt-question.entity';
import { Attempt } from '../attempts/attempt.entity';
import { QuestionVersionCache } from '../attempts/question-version-cache';
import { notFound } from '../common/domain.exception';
import { Exam } from '../exams/exam.entity';
import { Question } from '../questions/question.entity';
import { JobQueue } from '../queue/job-queue';
import { AttemptItemResult } from './attempt-item-result.entity';
import { ExamStatisticsRow, StoredExamStatistics } from './exam-statistics.entity';

/** Facility, discrimination, option choices and reliability of an exam, from its graded attempts. */
@Injectable()
export class ExamStatisticsService {
  constructor(
    @InjectRepository(ExamStatisticsRow) private readonly rows: Repository<ExamStatisticsRow>,
    private readonly versions: QuestionVersionCache,
    @Inject(JobQueue) private readonly queue: JobQueue,
  ) {}

  /**
   * Reads the graded attempts 500 at a time, only the columns the figures need, into running sums
   * and option counts: a launch exam has tens of thousands of attempts × 50 questions, which must
   * not be held (or parsed) at once.
   */
  async compute(examId: string): Promise<StoredExamStatistics> {
    const manager = this.rows.manager;
    const attempts = await manager.find(Attempt, { where: { examId, status: 'graded' }, select: { id: true } });
    const ids = attempts.map((a) => a.id);
    const statistics = new ItemStatisticsAccumulator();
    const options: StoredExamStatistics['options'] = {};
    for (let start = 0; start < ids.length; start += CHUNK) {
      const slice = ids.slice(start, start + CHUNK);
      const questions = await manager.find(AttemptQuestion, { where: { attemptId: In(slice) }, select: { attemptId: true, position: true, questionId: true, questionVersionId: true } });
      const results = new Map(
        (await manager.find(AttemptItemResult, { where: { attemptId: In(slice) }, select: { attemptId: true, position: true, points: true, maxPoints: true } })).map((r) => [`${r.attemptId}:${r.position}`, r]),
      );
      const answers = new Map((await manager.find(AttemptAnswer, { where: { attemptId: In(slice) }, select: { attemptId: true, position: true, answer: true } })).map((a) => [`${a.attemptId}:${a.position}`, a.answer]));
      const chosenByVersion = new Map<string, { questionId: string; answers: unknown[] }>();
      const scores = new Map<string, AttemptItemScores['items'][number][]>();
      for (const q of questions) {
        const result = results.get(`${q.attemptId}:${q.position}`);
        if (!result) continue;
        const items = scores.get(q.attemptId) ?? [];
        items.push({ itemId: q.questionId, points: result.points, maxPoints: result.maxPoints });
        scores.set(q.attemptId, items);
        const chosen = chosenByVersion.get(q.questionVersionId) ?? { questionId: q.questionId, answers: [] };
        chosen.answers.push(answers.get(`${q.attemptId}:${q.position}`) ?? null);
        chosenByVersion.set(q.questionVersionId, chosen);
      }
      for (const [attemptId, items] of scores) statistics.add({ attemptId, items });
      for (const [versionId, chosen] of chosenByVersion) {
        const distribution = optionDistribution((await this.versions.get(versionId)).definition, chosen.answers);
        if (distribution) options[chosen.questionId] = addCounts(options[chosen.questionId], distribution);
      }
    }
    const stats = statistics.result();
    const payload: StoredExamStatistics = { ...stats, options };
    await manager.transaction(async (tx) => {
      await tx.delete(ExamStatisticsRow, { examId });
      await tx.insert(ExamStatisticsRow, { examId, payload, computedAt: new Date() });
    });
    return payload;
  }

  async view(examId: string): Promise<ExamStatisticsView> {
    if (!(await this.rows.manager.exists(Exam, { where: { id: examId } }))) throw notFound('Exam');
    const row = await this.rows.findOne({ where: { examId } });
    const payload = row?.payload ?? { attempts: 0, items: [], reliability: null, options: {} };
    const ids = payload.items.map((item) => item.itemId);
    const questions = ids.length ? await this.rows.manager.find(Question, { where: { id: In(ids) }, select: { id: true, name: true, currentVersion: true, type: true } }) : [];
    return {
      ...payload,
      examId,
      computedAt: row?.computedAt.toISOString() ?? null,
      questions: Object.fromEntries(questions.map((q) => [q.id, { name: q.name, version: q.currentVersion, type: q.type }])),
    };
  }

  async refresh(examId: string): Promise<void> {
    if (!(await this.rows.manager.exists(Exam, { where: { id: examId } }))) throw notFound('Exam');
    await this.queue.enqueue('exam-statistics', { examId }, { deduplicationId: `statistics-now:${examId}`, deduplicateUntilStart: true });
  }
}

const CHUNK = 500;

function addCounts(total: Record<string, number> | undefined, counts: Record<string, number>): Record<string, number> {
  const sum = { ...total };
  for (const [key, n] of Object.entries(counts)) sum[key] = (sum[key] ?? 0) + n;
  return sum;
}
