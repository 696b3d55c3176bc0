import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AttemptItemScores, examStatistics, optionDistribution } from '@pathwise/assessment';
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

  async compute(examId: string): Promise<StoredExamStatistics> {
    const manager = this.rows.manager;
    const attempts = await manager.find(Attempt, { where: { examId, status: 'graded' }, select: { id: true } });
    const ids = attempts.map((a) => a.id);
    const scores = new Map<string, AttemptItemScores['items'][number][]>();
    const answersByQuestion = new Map<string, unknown[]>();
    const versionOf = new Map<string, string>();
    for (let start = 0; start < ids.length; start += 500) {
      const slice = ids.slice(start, start + 500);
      const questions = await manager.find(AttemptQuestion, { where: { attemptId: In(slice) } });
      const results = new Map((await manager.find(AttemptItemResult, { where: { attemptId: In(slice) } })).map((r) => [`${r.attemptId}:${r.position}`, r]));
      const answers = new Map((await manager.find(AttemptAnswer, { where: { attemptId: In(slice) } })).map((a) => [`${a.attemptId}:${a.position}`, a.answer]));
      for (const q of questions) {
        const result = results.get(`${q.attemptId}:${q.position}`);
        if (!result) continue;
        scores.set(q.attemptId, [...(scores.get(q.attemptId) ?? []), { itemId: q.questionId, points: result.points, maxPoints: result.maxPoints }]);
        answersByQuestion.set(q.questionId, [...(answersByQuestion.get(q.questionId) ?? []), answers.get(`${q.attemptId}:${q.position}`) ?? null]);
        versionOf.set(q.questionId, q.questionVersionId);
      }
    }
    const stats = examStatistics([...scores.entries()].map(([attemptId, items]) => ({ attemptId, items })));
    const options: StoredExamStatistics['options'] = {};
    for (const [questionId, versionId] of versionOf) {
      const { definition } = await this.versions.get(versionId);
      const distribution = optionDistribution(definition, answersByQuestion.get(questionId) ?? []);
      if (distribution) options[questionId] = distribution;
    }
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
    await this.queue.enqueue('exam-statistics', { examId }, { deduplicationId: `statistics-now:${examId}` });
  }
}
