import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { keyAnswer, learnerView, mapRichText, reviewVisibility } from '@pathwise/assessment';
import { AgentAttemptRow, AttemptResultView, ExamAttemptRow, Page, Role } from '@pathwise/contracts';
import { In, Repository } from 'typeorm';
import { AttemptAnswer } from '../attempts/attempt-answer.entity';
import { AttemptQuestion } from '../attempts/attempt-question.entity';
import { Attempt } from '../attempts/attempt.entity';
import { QuestionVersionCache } from '../attempts/question-version-cache';
import { AccessScopeService } from '../auth/access-scope.service';
import { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/domain.exception';
import { Exam } from '../exams/exam.entity';
import { QuestionFilesService } from '../question-files/question-files.service';
import { User } from '../users/user.entity';
import { AttemptItemResult } from './attempt-item-result.entity';

@Injectable()
export class ResultsService {
  constructor(
    @InjectRepository(Attempt) private readonly attempts: Repository<Attempt>,
    private readonly versions: QuestionVersionCache,
    private readonly files: QuestionFilesService,
    private readonly scope: AccessScopeService,
  ) {}

  /**
   * An attempt's result as its review policy allows right now. The agent sees only what the policy
   * releases; trainers and admins see everything (they grade and support).
   */
  async result(actor: AuthUser, attemptId: string): Promise<AttemptResultView> {
    const attempt = await this.attempts.findOne({ where: { id: attemptId } });
    const staff = actor.roles.some((role) => role === Role.Admin || role === Role.Trainer);
    if (!attempt || (attempt.userId !== actor.id && !staff)) throw notFound('Attempt');
    const exam = await this.attempts.manager.findOneOrFail(Exam, { where: { id: attempt.examId } });
    const graded = attempt.status === 'graded';
    const show = staff
      ? { score: true, correctness: true, correctAnswers: true, feedback: true }
      : reviewVisibility(exam.review, { now: new Date(), closesAt: exam.closesAt, released: graded });
    const manager = this.attempts.manager;
    const questions = await manager.find(AttemptQuestion, { where: { attemptId }, order: { position: 'ASC' } });
    const answers = new Map((await manager.find(AttemptAnswer, { where: { attemptId } })).map((a) => [a.position, a.answer]));
    const results = new Map((await manager.find(AttemptItemResult, { where: { attemptId } })).map((r) => [r.position, r]));
    const versions = await this.versions.getMany(questions.map((q) => q.questionVersionId));
    return {
      attemptId,
      examId: exam.id,
      examTitle: exam.title,
      passPercent: exam.passPercent,
      reviewOpensAt: exam.review.when === 'after_close' ? (exam.closesAt?.toISOString() ?? null) : null,
      status: attempt.status,
      submittedAt: attempt.submittedAt?.toISOString() ?? null,
      submittedBy: attempt.submittedBy,
      gradedAt: attempt.gradedAt?.toISOString() ?? null,
      score: show.score && attempt.percent !== null ? { points: attempt.points ?? 0, maxPoints: attempt.maxPoints ?? 0, percent: attempt.percent, passed: attempt.passed } : null,
      dimensions: show.score && attempt.dimensionResults ? attempt.dimensionResults.map((d) => ({ code: d.code, percent: d.percent, passPercent: d.passPercent })) : null,
      questions: questions.map((q, i) => {
        const definition = mapRichText(versions[i].definition, (html) => this.files.signHtml(html));
        const result = results.get(q.position);
        return {
          position: q.position,
          question: learnerView(definition, exam.shuffleOptions ? `${attempt.seed}:${q.position}` : undefined),
          answer: answers.get(q.position) ?? null,
          correct: show.correctness && result ? correctness(result) : null,
          points: show.score && result ? result.points : null,
          maxPoints: result?.maxPoints ?? q.points,
          feedback: show.feedback && result ? result.detail.feedback.map((html) => this.files.signHtml(html)) : null,
          graderComment: show.feedback && result?.comment ? result.comment : null,
          correctAnswer: show.correctAnswers ? keyAnswer(versions[i].definition) : null,
        };
      }),
    };
  }

  /**
   * An agent's history across exams, newest first: themselves, their supervisor, trainers and
   * admins may read it. Scores follow each exam's review policy for the agent themselves.
   */
  async history(actor: AuthUser, userId: string): Promise<AgentAttemptRow[]> {
    const exists = await this.attempts.manager.exists(User, { where: { id: userId } });
    await this.scope.assertCanViewUser(actor, userId, exists);
    const attempts = await this.attempts.find({ where: { userId }, order: { startedAt: 'DESC' } });
    const exams = new Map((attempts.length ? await this.attempts.manager.find(Exam, { where: { id: In([...new Set(attempts.map((a) => a.examId))]) } }) : []).map((e) => [e.id, e]));
    const now = new Date();
    return attempts.map((a) => {
      const exam = exams.get(a.examId) as Exam;
      const visible = actor.id !== userId || reviewVisibility(exam.review, { now, closesAt: exam.closesAt, released: a.status === 'graded' }).score;
      return {
        attemptId: a.id,
        examId: a.examId,
        examTitle: exam.title,
        purpose: exam.purpose,
        number: a.number,
        status: a.status,
        startedAt: a.startedAt.toISOString(),
        submittedAt: a.submittedAt?.toISOString() ?? null,
        percent: visible ? a.percent : null,
        passed: visible ? a.passed : null,
        dimensions: visible && a.dimensionResults ? a.dimensionResults.map((d) => ({ code: d.code, percent: d.percent })) : null,
      };
    });
  }

  /** Every attempt at an exam (trainers), newest first, filterable by status. */
  async examAttempts(examId: string, query: { page: number; pageSize: number; status?: Attempt['status'] }): Promise<Page<ExamAttemptRow>> {
    if (!(await this.attempts.manager.exists(Exam, { where: { id: examId } }))) throw notFound('Exam');
    const qb = this.attempts
      .createQueryBuilder('a')
      .innerJoin(User, 'u', 'u.id = a.user_id')
      .addSelect('u.display_name', 'agentName')
      .where('a.exam_id = :examId', { examId })
      .orderBy('a.started_at', 'DESC')
      .addOrderBy('a.id', 'ASC');
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    const total = await qb.getCount();
    const { entities, raw } = await qb.offset((query.page - 1) * query.pageSize).limit(query.pageSize).getRawAndEntities<{ agentName: string }>();
    return {
      items: entities.map((a, i) => ({
        attemptId: a.id,
        userId: a.userId,
        agentName: raw[i]?.agentName ?? '',
        number: a.number,
        status: a.status,
        startedAt: a.startedAt.toISOString(),
        submittedAt: a.submittedAt?.toISOString() ?? null,
        submittedBy: a.submittedBy,
        percent: a.percent,
        passed: a.passed,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}

function correctness(result: AttemptItemResult): 'right' | 'partial' | 'wrong' | 'pending' {
  if (result.status === 'pending') return 'pending';
  if (result.maxPoints > 0 && result.points >= result.maxPoints) return 'right';
  return result.points > 0 ? 'partial' : 'wrong';
}
