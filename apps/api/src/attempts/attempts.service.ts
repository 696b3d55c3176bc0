import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { attemptDeadline, learnerView, mapRichText, maxPointsFor, reviewVisibility, startBlocker, validateAnswer } from '@pathwise/assessment';
import { AttemptView, ErrorCode, MyExam, Role, SaveAnswerResult } from '@pathwise/contracts';
import { randomBytes } from 'node:crypto';
import { Brackets, EntityManager, In, Repository } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { DomainException, forbidden, notFound } from '../common/domain.exception';
import { isUniqueViolation } from '../common/unique-violation';
import { Exam } from '../exams/exam.entity';
import { plannedQuestionCount } from '../exams/exam-plan';
import { QuestionFilesService } from '../question-files/question-files.service';
import { JobQueue } from '../queue/job-queue';
import { TeamMember } from '../teams/team-member.entity';
import { AnswerStore } from './answer-store';
import { isInAudience, notAvailable } from './attempt-access';
import { AttemptAnswer } from './attempt-answer.entity';
import { AttemptBuilder } from './attempt-builder';
import { AttemptQuestion } from './attempt-question.entity';
import { Attempt } from './attempt.entity';
import { SaveAnswerDto } from './dto/attempt.dto';
import { unknownAnswerKey } from './unknown-answer-keys';
import { QuestionVersionCache } from './question-version-cache';

/** Saves arriving this long after the deadline still count: a request in flight when time ran out. */
export const SAVE_GRACE_SECONDS = 10;
const ENQUEUE_TIMEOUT_MS = 2000;
const SLOT_CACHE_SIZE = 20_000;

interface AttemptSlots {
  userId: string;
  deadlineAt: Date | null;
  versionIds: Map<number, string>;
}

@Injectable()
export class AttemptsService {
  private readonly logger = new Logger('Attempts');
  private readonly slotCache = new Map<string, AttemptSlots>();

  constructor(
    @InjectRepository(Attempt) private readonly attempts: Repository<Attempt>,
    private readonly builder: AttemptBuilder,
    private readonly versions: QuestionVersionCache,
    private readonly answers: AnswerStore,
    private readonly files: QuestionFilesService,
    @Inject(JobQueue) private readonly queue: JobQueue,
  ) {}

  /** Starts an attempt, or returns the one already open (a second tab, a double click). */
  async start(actor: AuthUser, examId: string): Promise<AttemptView> {
    const open = await this.attempts.findOne({ where: { openKey: openKey(examId, actor.id) } });
    if (open) return this.view(actor, open.id);
    // Everything read to plan the attempt is read before the transaction: the transaction holds one
    // pooled connection and never waits for a second (under load that waiting exhausted the pool).
    const manager = this.attempts.manager;
    const exam = await manager.findOne(Exam, { where: { id: examId } });
    if (!exam || exam.status !== 'published' || !(await isInAudience(manager, exam, actor.id))) throw notFound('Exam');
    const earlier = await manager.find(Attempt, { where: { examId, userId: actor.id }, order: { number: 'ASC' } });
    const now = new Date();
    const blocker = startBlocker({
      now,
      opensAt: exam.opensAt,
      closesAt: exam.closesAt,
      attemptsUsed: earlier.length,
      maxAttempts: exam.maxAttempts,
      lastSubmittedAt: earlier.reduce<Date | null>((last, a) => (a.submittedAt && (!last || a.submittedAt > last) ? a.submittedAt : last), null),
      cooldownSeconds: exam.cooldownMinutes * 60,
    });
    if (blocker) throw notAvailable(blocker.reason, startMessage(blocker.reason), 'until' in blocker ? blocker.until : undefined);
    const seen = await this.seenQuestions(
      manager,
      earlier.map((a) => a.id),
    );
    const seed = randomBytes(16).toString('hex');
    const planned = await this.builder.plan(manager, exam, seed, seen);
    try {
      const id = await this.attempts.manager.transaction(async (manager) => {
        const startedAt = new Date(Math.floor(now.getTime() / 1000) * 1000);
        const attempt = await manager.save(
          manager.create(Attempt, {
            examId,
            userId: actor.id,
            number: earlier.length + 1,
            status: 'in_progress',
            openKey: openKey(examId, actor.id),
            seed,
            startedAt,
            deadlineAt: attemptDeadline(startedAt, exam.timeLimitMinutes ? exam.timeLimitMinutes * 60 : null, exam.closesAt),
            submittedAt: null,
            submittedBy: null,
            gradedAt: null,
            questionCount: planned.length,
            points: null,
            maxPoints: null,
            percent: null,
            passed: null,
            dimensionResults: null,
          }),
        );
        for (let start = 0; start < planned.length; start += 100) {
          await manager.insert(
            AttemptQuestion,
            planned.slice(start, start + 100).map((q) => ({ ...q, attemptId: attempt.id })),
          );
        }
        return attempt.id;
      });
      return this.view(actor, id);
    } catch (error) {
      // Two starts at the same moment: the unique open key lets one through; the other resumes it.
      if (!isUniqueViolation(error)) throw error;
      const winner = await this.attempts.findOne({ where: { openKey: openKey(examId, actor.id) } });
      if (!winner) throw error;
      return this.view(actor, winner.id);
    }
  }

  /** The attempt as its agent sees it, with every saved answer and the server's deadline: also how a reload resumes. */
  async view(actor: AuthUser, attemptId: string): Promise<AttemptView> {
    const attempt = await this.owned(actor, attemptId);
    const exam = await this.attempts.manager.findOneOrFail(Exam, { where: { id: attempt.examId } });
    const questions = await this.attempts.manager.find(AttemptQuestion, { where: { attemptId }, order: { position: 'ASC' } });
    const saved = new Map((await this.attempts.manager.find(AttemptAnswer, { where: { attemptId } })).map((a) => [a.position, a]));
    const versions = await this.versions.getMany(questions.map((q) => q.questionVersionId));
    return {
      id: attempt.id,
      examId: exam.id,
      examTitle: exam.title,
      number: attempt.number,
      status: attempt.status,
      startedAt: attempt.startedAt.toISOString(),
      deadline: attempt.deadlineAt?.toISOString() ?? null,
      serverNow: new Date().toISOString(),
      layout: exam.layout,
      navigation: exam.navigation,
      sections: exam.sections.map((s) => ({ title: s.title })),
      questions: questions.map((q, i) => {
        const definition = mapRichText(versions[i].definition, (html) => this.files.signHtml(html));
        const answer = saved.get(q.position);
        return {
          position: q.position,
          section: q.section,
          // What grading will score it out of (an essay with a rubric or a scenario fixes its own total).
          points: maxPointsFor(versions[i].definition, q.points),
          question: learnerView(definition, exam.shuffleOptions ? `${attempt.seed}:${q.position}` : undefined),
          answer: answer?.answer ?? null,
          flagged: answer?.flagged ?? false,
          seq: answer?.seq ?? 0,
        };
      }),
    };
  }

  /**
   * Autosave: acknowledged only once the answer is in the database. The hot path is one statement:
   * who owns the attempt, its deadline and its question versions never change, so they are cached;
   * whether it is still open is decided by the guarded upsert itself.
   */
  async save(actor: AuthUser, attemptId: string, position: number, dto: SaveAnswerDto): Promise<SaveAnswerResult> {
    const slots = await this.slots(actor, attemptId);
    const now = new Date();
    if (slots.deadlineAt && now.getTime() > slots.deadlineAt.getTime() + SAVE_GRACE_SECONDS * 1000) {
      this.assertOpen(await this.attempts.findOneOrFail({ where: { id: attemptId } }), now);
    }
    const versionId = slots.versionIds.get(position);
    if (!versionId) throw notFound('Question');
    let answer = dto.answer;
    if (answer !== undefined && answer !== null) {
      const version = await this.versions.get(versionId);
      const checked = validateAnswer(version.definition, answer);
      if (!checked.ok) throw new DomainException(ErrorCode.ValidationFailed, checked.message, [{ field: 'answer', message: checked.message }]);
      const unknown = unknownAnswerKey(answer, checked.answer);
      if (unknown) throw new DomainException(ErrorCode.ValidationFailed, `The answer has a field this question does not use: ${unknown}`, [{ field: unknown, message: 'Unknown field' }]);
      answer = checked.answer;
    }
    const stored = await this.answers.write({ attemptId, position, seq: dto.seq, answer, flagged: dto.flagged, savedAt: now });
    if (!stored) {
      // Nothing written: either a newer save is already there, or the attempt closed meanwhile.
      this.assertOpen(await this.attempts.findOneOrFail({ where: { id: attemptId } }), now);
    }
    return {
      position,
      seq: stored ? dto.seq : await this.answers.storedSeq(attemptId, position),
      deadline: slots.deadlineAt?.toISOString() ?? null,
      serverNow: now.toISOString(),
    };
  }

  /** The immutable part of an attempt (owner, deadline, version per position), cached per process. */
  private async slots(actor: AuthUser, attemptId: string): Promise<AttemptSlots> {
    let slots = this.slotCache.get(attemptId);
    if (!slots) {
      const attempt = await this.owned(actor, attemptId);
      const questions = await this.attempts.manager.find(AttemptQuestion, { where: { attemptId }, select: { position: true, questionVersionId: true } });
      slots = { userId: attempt.userId, deadlineAt: attempt.deadlineAt, versionIds: new Map(questions.map((q) => [q.position, q.questionVersionId])) };
      if (this.slotCache.size >= SLOT_CACHE_SIZE) this.slotCache.delete(this.slotCache.keys().next().value as string);
      this.slotCache.set(attemptId, slots);
    } else if (slots.userId !== actor.id) {
      await this.owned(actor, attemptId);
    }
    return slots;
  }

  /** Idempotent: a double click, a retry or a second tab all end in the same single submission. */
  async submit(actor: AuthUser, attemptId: string): Promise<AttemptView> {
    const attempt = await this.owned(actor, attemptId);
    if (attempt.status === 'in_progress') await this.close(attemptId, 'agent');
    return this.view(actor, attemptId);
  }

  /** Moves an attempt out of progress (answers freeze) and asks for grading; a lost message is re-sent by the sweeper. */
  async close(attemptId: string, by: 'agent' | 'timeout'): Promise<boolean> {
    const result = await this.attempts.update({ id: attemptId, status: 'in_progress' }, { status: 'submitted', submittedAt: new Date(), submittedBy: by, openKey: null });
    if (!result.affected) return false;
    await this.requestGrading(attemptId);
    return true;
  }

  async requestGrading(attemptId: string): Promise<void> {
    try {
      // Bounded: with Redis down a queue call waits for the reconnect, and the agent must not.
      await withTimeout(this.queue.enqueue('grade-attempt', { attemptId }, { deduplicationId: `grade:${attemptId}` }), ENQUEUE_TIMEOUT_MS);
    } catch (error) {
      // The attempt is safely submitted in the database; the sweeper enqueues it again once the queue is back.
      this.logger.warn(`Could not queue grading of attempt ${attemptId}: ${(error as Error).message}`);
    }
  }

  /** The agent's exams: what is open to them, with attempts used, best score and whether they may start now. */
  /** One of my exams, for its start page: 404 when it is not published for me. */
  async myExam(actor: AuthUser, examId: string): Promise<MyExam> {
    const [exam] = await this.myExams(actor, examId);
    if (!exam) throw notFound('Exam');
    return exam;
  }

  async myExams(actor: AuthUser, onlyExamId?: string): Promise<MyExam[]> {
    const manager = this.attempts.manager;
    const teamIds = (await manager.find(TeamMember, { where: { userId: actor.id } })).map((m) => m.teamId);
    const query = manager
      .createQueryBuilder(Exam, 'exam')
      .where("exam.status = 'published'")
      .andWhere(
        new Brackets((qb) => {
          qb.where('exam.audience_everyone = :yes', { yes: true }).orWhere(
            `EXISTS (SELECT 1 FROM exam_audience aud WHERE aud.exam_id = exam.id AND ((aud.kind = 'user' AND aud.target_id = :me)${teamIds.length ? " OR (aud.kind = 'team' AND aud.target_id IN (:...teamIds))" : ''}))`,
            { me: actor.id, teamIds },
          );
        }),
      )
      .orderBy('exam.closes_at', 'ASC');
    if (onlyExamId) query.andWhere('exam.id = :onlyExamId', { onlyExamId });
    const exams = await query.getMany();
    const attempts = exams.length ? await manager.find(Attempt, { where: { userId: actor.id, examId: In(exams.map((e) => e.id)) } }) : [];
    const now = new Date();
    return exams.map((exam) => {
      const mine = attempts.filter((a) => a.examId === exam.id);
      // Scores appear only as the exam's review policy allows (never, or not before the close).
      const visible = reviewVisibility(exam.review, { now, closesAt: exam.closesAt, released: true }).score;
      const graded = visible ? mine.filter((a) => a.status === 'graded' && a.percent !== null) : [];
      const open = mine.find((a) => a.status === 'in_progress');
      const last = mine.filter((a) => a.status !== 'in_progress').reduce<Attempt | null>((latest, a) => (!latest || a.number > latest.number ? a : latest), null);
      const lastSubmittedAt = mine.reduce<Date | null>((last, a) => (a.submittedAt && (!last || a.submittedAt > last) ? a.submittedAt : last), null);
      const blocker = open
        ? null
        : startBlocker({
            now,
            opensAt: exam.opensAt,
            closesAt: exam.closesAt,
            attemptsUsed: mine.length,
            maxAttempts: exam.maxAttempts,
            lastSubmittedAt,
            cooldownSeconds: exam.cooldownMinutes * 60,
          });
      return {
        examId: exam.id,
        title: exam.title,
        description: exam.description,
        purpose: exam.purpose,
        questionCount: plannedQuestionCount(exam.sections),
        passPercent: exam.passPercent,
        layout: exam.layout,
        navigation: exam.navigation,
        review: exam.review,
        opensAt: exam.opensAt?.toISOString() ?? null,
        closesAt: exam.closesAt?.toISOString() ?? null,
        timeLimitMinutes: exam.timeLimitMinutes,
        attemptsUsed: mine.length,
        maxAttempts: exam.maxAttempts,
        bestPercent: graded.length ? Math.max(...graded.map((a) => a.percent as number)) : null,
        passed: graded.some((a) => a.passed === true) ? true : graded.length ? false : null,
        inProgressAttemptId: open?.id ?? null,
        inProgressDeadline: open?.deadlineAt?.toISOString() ?? null,
        lastAttemptId: last?.id ?? null,
        lastAttemptStatus: last?.status ?? null,
        canStart: !blocker,
        blockedReason: blocker?.reason ?? null,
        blockedUntil: blocker && 'until' in blocker ? blocker.until.toISOString() : null,
      };
    });
  }

  private assertOpen(attempt: Attempt, now: Date): void {
    if (attempt.status !== 'in_progress') throw new DomainException(ErrorCode.AttemptClosed, 'This attempt has been submitted; answers can no longer change');
    if (attempt.deadlineAt && now.getTime() > attempt.deadlineAt.getTime() + SAVE_GRACE_SECONDS * 1000) {
      throw new DomainException(ErrorCode.TimeUp, 'Time is up: this answer arrived after the deadline and was not saved', undefined, {
        deadline: attempt.deadlineAt.toISOString(),
      });
    }
  }

  /** Agents reach only their own attempts; trainers and admins any (support, grading). */
  private async owned(actor: AuthUser, attemptId: string): Promise<Attempt> {
    const attempt = await this.attempts.findOne({ where: { id: attemptId } });
    if (!attempt) throw notFound('Attempt');
    if (attempt.userId !== actor.id) {
      if (actor.roles.some((role) => role === Role.Admin || role === Role.Trainer)) throw forbidden('Only the agent taking this attempt can change or view it here');
      throw notFound('Attempt');
    }
    return attempt;
  }

  private async seenQuestions(manager: EntityManager, attemptIds: string[]): Promise<Set<string>> {
    if (!attemptIds.length) return new Set();
    const rows = await manager.find(AttemptQuestion, { where: { attemptId: In(attemptIds) }, select: { questionId: true } });
    return new Set(rows.map((row) => row.questionId));
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function openKey(examId: string, userId: string): string {
  return `${examId}:${userId}`;
}

function startMessage(reason: string): string {
  switch (reason) {
    case 'not_open':
      return 'This exam is not open yet';
    case 'closed':
      return 'This exam has closed';
    case 'no_attempts_left':
      return 'You have used all your attempts at this exam';
    default:
      return 'You must wait before starting another attempt';
  }
}
