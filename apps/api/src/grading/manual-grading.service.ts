import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EssayQuestion, mapRichText, PartScore, Question as QuestionDefinition, scoreEssayWithRubric, ScoreResult } from '@pathwise/assessment';
import { ErrorCode, GradingQueueItem, Page } from '@pathwise/contracts';
import { In, Repository } from 'typeorm';
import { AttemptAnswer } from '../attempts/attempt-answer.entity';
import { AttemptQuestion } from '../attempts/attempt-question.entity';
import { Attempt } from '../attempts/attempt.entity';
import { QuestionVersionCache } from '../attempts/question-version-cache';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { DomainException, notFound } from '../common/domain.exception';
import { Exam } from '../exams/exam.entity';
import { QuestionFilesService } from '../question-files/question-files.service';
import { User } from '../users/user.entity';
import { AttemptItemResult } from './attempt-item-result.entity';
import { ManualGradeDto } from './dto/manual-grade.dto';
import { GradingService } from './grading.service';

/** Open answers waiting for a trainer, oldest first; grading the last one finalises the attempt. */
@Injectable()
export class ManualGradingService {
  constructor(
    @InjectRepository(AttemptItemResult) private readonly results: Repository<AttemptItemResult>,
    private readonly versions: QuestionVersionCache,
    private readonly files: QuestionFilesService,
    private readonly grading: GradingService,
    private readonly audit: AuditService,
  ) {}

  async queue(query: { page: number; pageSize: number; examId?: string; order?: 'oldest' | 'newest' }): Promise<Page<GradingQueueItem>> {
    const qb = this.results
      .createQueryBuilder('r')
      .innerJoin(Attempt, 'a', 'a.id = r.attempt_id')
      .innerJoin(Exam, 'e', 'e.id = a.exam_id')
      .innerJoin(User, 'u', 'u.id = a.user_id')
      .innerJoin(AttemptQuestion, 'q', 'q.attempt_id = r.attempt_id AND q.position = r.position')
      .leftJoin(AttemptAnswer, 'ans', 'ans.attempt_id = r.attempt_id AND ans.position = r.position')
      .where("r.status = 'pending'")
      .andWhere("a.status = 'needs_grading'");
    if (query.examId) qb.andWhere('a.exam_id = :examId', { examId: query.examId });
    const total = await qb.getCount();
    const rows = await qb
      .select(['r.attempt_id AS attemptId', 'r.position AS position', 'a.exam_id AS examId', 'e.title AS examTitle', 'u.display_name AS agentName', 'q.question_version_id AS versionId', 'ans.answer AS answer', 'r.detail AS detail'])
      .orderBy('a.submitted_at', query.order === 'newest' ? 'DESC' : 'ASC')
      .addOrderBy('r.attempt_id', 'ASC')
      .addOrderBy('r.position', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getRawMany<{ attemptId: string; position: number; examId: string; examTitle: string; agentName: string; versionId: string; answer: string | null; detail: string }>();
    const versions = await this.versions.getMany(rows.map((row) => row.versionId));
    // Dates through the entity, so each driver's datetime format is read correctly.
    const attempts = new Map((rows.length ? await this.results.manager.find(Attempt, { where: { id: In([...new Set(rows.map((row) => row.attemptId))]) }, select: { id: true, submittedAt: true } }) : []).map((a) => [a.id, a]));
    return {
      items: rows.map((row, i) => ({
        attemptId: row.attemptId,
        position: Number(row.position),
        examId: row.examId,
        examTitle: row.examTitle,
        agentName: row.agentName,
        submittedAt: attempts.get(row.attemptId)?.submittedAt?.toISOString() ?? null,
        question: mapRichText(versions[i].definition, (html) => this.files.signHtml(html)),
        answer: row.answer ? JSON.parse(row.answer) : null,
        score: JSON.parse(row.detail) as ScoreResult,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async grade(actor: AuthUser, attemptId: string, position: number, dto: ManualGradeDto): Promise<{ attemptStatus: string | null; remaining: number }> {
    await this.results.manager.transaction(async (manager) => {
      const row = await manager.findOne(AttemptItemResult, { where: { attemptId, position } });
      const attempt = await manager.findOne(Attempt, { where: { id: attemptId } });
      if (!row || !attempt) throw notFound('Answer');
      if (attempt.status !== 'needs_grading' && attempt.status !== 'graded') throw new DomainException(ErrorCode.Conflict, 'This attempt has not been submitted yet');
      const slot = await manager.findOneOrFail(AttemptQuestion, { where: { attemptId, position } });
      const { definition } = await this.versions.get(slot.questionVersionId);
      const detail = regrade(definition, row.detail, dto);
      await manager.update(AttemptItemResult, { attemptId, position }, { points: detail.points, maxPoints: detail.maxPoints, status: detail.status, detail, manual: true, gradedById: actor.id, comment: dto.comment ?? row.comment, gradedAt: new Date() });
      await this.audit.record(actor, { action: 'attempt.manual-grade', entityType: 'attempt', entityId: attemptId, details: { position, partId: dto.partId ?? null, points: detail.points } }, manager);
    });
    const attemptStatus = await this.grading.grade(attemptId);
    const remaining = await this.results.count({ where: { attemptId, status: 'pending' } });
    return { attemptStatus, remaining };
  }
}

/** Applies a grader's decision to the stored score of an essay (or an essay part of a scenario). */
function regrade(definition: QuestionDefinition, current: ScoreResult, dto: ManualGradeDto): ScoreResult {
  const invalid = (message: string) => new DomainException(ErrorCode.ValidationFailed, message, [{ field: 'points', message }]);
  const essayPoints = (essay: EssayQuestion, max: number): { points: number; parts: PartScore[] } => {
    if (dto.rubric) {
      const graded = scoreEssayWithRubric(essay, dto.rubric);
      if (!graded.ok) throw invalid(graded.message);
      // A part's weight may differ from the rubric's total: scale to it.
      const scale = graded.maxPoints > 0 ? max / graded.maxPoints : 0;
      return { points: graded.points * scale, parts: graded.parts.map((p) => ({ id: p.id, points: p.points * scale, maxPoints: p.maxPoints * scale, status: 'graded' })) };
    }
    if (dto.points === undefined) throw invalid('Give points or choose a level for each rubric criterion');
    if (dto.points > max) throw invalid(`At most ${max} points can be given`);
    return { points: dto.points, parts: [] };
  };
  if (definition.type === 'essay') {
    const { points, parts } = essayPoints(definition, current.maxPoints);
    return { ...current, status: 'graded', points: round2(points), fraction: current.maxPoints > 0 ? round4(points / current.maxPoints) : 0, parts };
  }
  if (definition.type === 'scenario') {
    const part = definition.parts.find((p) => p.id === dto.partId);
    if (!part || part.question.type !== 'essay') throw invalid('Choose the essay part of this scenario to grade (partId)');
    const { points } = essayPoints(part.question, part.weight);
    const parts = current.parts.map((p) => (p.id === part.id ? { ...p, points: round2(points), status: 'graded' as const } : p));
    const total = round2(parts.reduce((sum, p) => sum + p.points, 0));
    return { ...current, parts, points: total, fraction: current.maxPoints > 0 ? round4(total / current.maxPoints) : 0, status: parts.some((p) => p.status === 'pending') ? 'pending' : 'graded' };
  }
  throw invalid('Only open answers are graded by hand');
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const round4 = (value: number) => Math.round(value * 10_000) / 10_000;
