import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { maxPointsFor, Question as QuestionDefinition, ReviewPolicy } from '@pathwise/assessment';
import { DrawAvailability, DrawExamItem, DrawPreview, ErrorCode, ExamDetail, ExamProblem, ExamSummary } from '@pathwise/contracts';
import { EntityManager, In, Repository } from 'typeorm';
import { Attempt } from '../attempts/attempt.entity';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { CapabilityDimension } from '../capabilities/capability-dimension.entity';
import { DomainException, notFound } from '../common/domain.exception';
import { QuestionBank } from '../question-banks/question-bank.entity';
import { QuestionCategory } from '../question-banks/question-category.entity';
import { QuestionSearchService } from '../questions/question-search.service';
import { QuestionDimension } from '../questions/question-dimension.entity';
import { QuestionVersion } from '../questions/question-version.entity';
import { Question } from '../questions/question.entity';
import { Team } from '../teams/team.entity';
import { User } from '../users/user.entity';
import { ExamInputDto, validateExamItems } from './dto/exam.dto';
import { ExamAudienceEntry } from './exam-audience.entity';
import { drawFilter, plannedQuestionCount } from './exam-plan';
import { Exam } from './exam.entity';

export const DEFAULT_REVIEW: ReviewPolicy = { when: 'immediately', score: true, correctness: true, correctAnswers: false, feedback: true };

/** Problems that stop publishing; the rest are shown as advice. */
const BLOCKING: ExamProblem['code'][] = ['no_questions', 'draw_unfillable', 'question_unavailable', 'window_invalid', 'dimension_not_measured', 'no_audience'];

@Injectable()
export class ExamsService {
  constructor(
    @InjectRepository(Exam) private readonly exams: Repository<Exam>,
    private readonly search: QuestionSearchService,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<ExamSummary[]> {
    const exams = await this.exams.find({ order: { updatedAt: 'DESC' } });
    const counts = await this.exams.manager
      .createQueryBuilder(Attempt, 'a')
      .select('a.exam_id', 'examId')
      .addSelect("SUM(CASE WHEN a.status = 'in_progress' THEN 1 ELSE 0 END)", 'inProgress')
      .addSelect("SUM(CASE WHEN a.status <> 'in_progress' THEN 1 ELSE 0 END)", 'submitted')
      .groupBy('a.exam_id')
      .getRawMany<{ examId: string; inProgress: string | number; submitted: string | number }>();
    const byExam = new Map(counts.map((row) => [row.examId, row]));
    return exams.map((exam) => ({
      id: exam.id,
      title: exam.title,
      purpose: exam.purpose,
      status: exam.status,
      questionCount: plannedQuestionCount(exam.sections),
      opensAt: exam.opensAt?.toISOString() ?? null,
      closesAt: exam.closesAt?.toISOString() ?? null,
      timeLimitMinutes: exam.timeLimitMinutes,
      attemptsInProgress: Number(byExam.get(exam.id)?.inProgress ?? 0),
      attemptsSubmitted: Number(byExam.get(exam.id)?.submitted ?? 0),
      updatedAt: exam.updatedAt.toISOString(),
    }));
  }

  /** The builder's live count: how many active questions a draw can pick from (404 for an unknown bank). */
  async drawPreview(item: DrawExamItem): Promise<DrawPreview> {
    if (!(await this.exams.manager.exists(QuestionBank, { where: { id: item.bankId } }))) throw notFound('Question bank');
    return { available: await this.search.count(item.bankId, drawFilter(item)) };
  }

  async get(id: string): Promise<ExamDetail> {
    const exam = await this.find(this.exams.manager, id);
    return this.detail(exam);
  }

  async create(actor: AuthUser, dto: ExamInputDto): Promise<ExamDetail> {
    const id = await this.exams.manager.transaction(async (manager) => {
      await this.assertReferences(manager, dto);
      const exam = await manager.save(manager.create(Exam, { ...columns(dto), status: 'draft', createdById: actor.id, publishedAt: null }));
      await this.replaceAudience(manager, exam.id, dto);
      await this.audit.record(actor, { action: 'exam.create', entityType: 'exam', entityId: exam.id, details: { title: exam.title } }, manager);
      return exam.id;
    });
    return this.get(id);
  }

  /** Attempts already started keep the questions they were given; edits shape new attempts only. */
  async update(actor: AuthUser, id: string, dto: ExamInputDto): Promise<ExamDetail> {
    await this.exams.manager.transaction(async (manager) => {
      const exam = await this.find(manager, id);
      if (exam.status === 'archived') throw new DomainException(ErrorCode.Conflict, 'An archived exam cannot change');
      await this.assertReferences(manager, dto);
      if (exam.status === 'published') {
        // A published exam stays startable: the same checklist as publishing applies to every edit.
        const audience = [...dto.audience.userIds.map((targetId) => ({ kind: 'user' as const, targetId })), ...dto.audience.teamIds.map((targetId) => ({ kind: 'team' as const, targetId }))];
        const { problems } = await this.analyse(Object.assign(new Exam(), exam, columns(dto)), audience);
        this.assertPublishable(problems);
      }
      await manager.update(Exam, { id }, columns(dto));
      await this.replaceAudience(manager, id, dto);
      await this.audit.record(actor, { action: 'exam.update', entityType: 'exam', entityId: id, details: { title: dto.title, status: exam.status } }, manager);
    });
    return this.get(id);
  }

  async publish(actor: AuthUser, id: string): Promise<ExamDetail> {
    const detail = await this.get(id);
    this.assertPublishable(detail.problems);
    await this.exams.manager.transaction(async (manager) => {
      await manager.update(Exam, { id }, { status: 'published', publishedAt: new Date() });
      await this.audit.record(actor, { action: 'exam.publish', entityType: 'exam', entityId: id, details: { title: detail.title } }, manager);
    });
    return this.get(id);
  }

  async archive(actor: AuthUser, id: string): Promise<ExamDetail> {
    await this.exams.manager.transaction(async (manager) => {
      await this.find(manager, id);
      await manager.update(Exam, { id }, { status: 'archived' });
      await this.audit.record(actor, { action: 'exam.archive', entityType: 'exam', entityId: id }, manager);
    });
    return this.get(id);
  }

  private assertPublishable(problems: ExamProblem[]): void {
    const blocking = problems.filter((problem) => BLOCKING.includes(problem.code));
    if (!blocking.length) return;
    throw new DomainException(
      ErrorCode.ValidationFailed,
      `The exam cannot be published as it is: ${blocking.map((p) => p.message).join('; ')}`,
      blocking.map((p) => ({ field: p.section === undefined ? 'exam' : `sections.${p.section}.items.${p.item ?? 0}`, message: p.message, code: p.code })),
      { problems: blocking },
    );
  }

  async find(manager: EntityManager, id: string): Promise<Exam> {
    const exam = await manager.findOne(Exam, { where: { id } });
    if (!exam) throw notFound('Exam');
    return exam;
  }

  private async detail(exam: Exam): Promise<ExamDetail> {
    const audience = await this.exams.manager.find(ExamAudienceEntry, { where: { examId: exam.id } });
    const { availability, problems, questionCount, totalPoints } = await this.analyse(exam, audience);
    return {
      id: exam.id,
      title: exam.title,
      description: exam.description,
      purpose: exam.purpose,
      status: exam.status,
      timeLimitMinutes: exam.timeLimitMinutes,
      opensAt: exam.opensAt?.toISOString() ?? null,
      closesAt: exam.closesAt?.toISOString() ?? null,
      maxAttempts: exam.maxAttempts,
      cooldownMinutes: exam.cooldownMinutes,
      passPercent: exam.passPercent,
      dimensionPassPercent: exam.dimensionPassPercent,
      gradingMethod: exam.gradingMethod,
      shuffleQuestions: exam.shuffleQuestions,
      shuffleOptions: exam.shuffleOptions,
      layout: exam.layout,
      navigation: exam.navigation,
      review: exam.review,
      sections: exam.sections,
      audience: {
        everyone: exam.audienceEveryone,
        userIds: audience.filter((a) => a.kind === 'user').map((a) => a.targetId),
        teamIds: audience.filter((a) => a.kind === 'team').map((a) => a.targetId),
      },
      questionCount,
      totalPoints,
      availability,
      problems,
      publishedAt: exam.publishedAt?.toISOString() ?? null,
      createdAt: exam.createdAt.toISOString(),
      updatedAt: exam.updatedAt.toISOString(),
    };
  }

  /** What an attempt would hold, what each draw can pick from, and what stops publishing. */
  private async analyse(exam: Exam, audience: Pick<ExamAudienceEntry, 'kind' | 'targetId'>[]): Promise<{ availability: DrawAvailability[]; problems: ExamProblem[]; questionCount: number; totalPoints: number }> {
    const availability: DrawAvailability[] = [];
    const problems: ExamProblem[] = [];
    let questionCount = 0;
    let totalPoints = 0;
    const fixedIds = exam.sections.flatMap((s) => s.items.flatMap((item) => (item.kind === 'fixed' ? [item.questionId] : [])));
    const fixed = new Map((fixedIds.length ? await this.exams.manager.find(Question, { where: { id: In(fixedIds) } }) : []).map((q) => [q.id, q]));
    const definitions = await this.currentDefinitions([...fixed.values()]);
    for (const [section, { items }] of exam.sections.entries()) {
      for (const [index, item] of items.entries()) {
        if (item.kind === 'fixed') {
          const question = fixed.get(item.questionId);
          if (!question || question.status === 'retired') {
            problems.push({ code: 'question_unavailable', section, item: index, message: `Section ${section + 1}, item ${index + 1}: the question is ${question ? 'retired' : 'deleted'}` });
            continue;
          }
          questionCount++;
          // An essay with a rubric and a scenario are worth their own total (rubric maximum, sum of part weights).
          const definition = definitions.get(question.id);
          totalPoints += definition ? maxPointsFor(definition, item.points) : item.points;
          continue;
        }
        const available = await this.search.count(item.bankId, drawFilter(item)).catch(() => 0);
        availability.push({ section, item: index, requested: item.count, available });
        if (available < item.count) {
          problems.push({ code: 'draw_unfillable', section, item: index, requested: item.count, available, message: `Section ${section + 1}, item ${index + 1}: ${item.count} questions requested but only ${available} match` });
        }
        questionCount += Math.min(item.count, available);
        totalPoints += item.points * Math.min(item.count, available);
      }
    }
    if (!questionCount) problems.push({ code: 'no_questions', message: 'The exam has no questions yet' });
    if (exam.passPercent === null && (exam.purpose === 'certification' || exam.purpose === 'course_check')) {
      problems.push({ code: 'no_pass_mark', message: 'A certification or course check usually needs a pass mark' });
    }
    if (exam.opensAt && exam.closesAt && exam.opensAt >= exam.closesAt) problems.push({ code: 'window_invalid', message: 'The exam closes before it opens' });
    if (!exam.audienceEveryone && !audience.length) problems.push({ code: 'no_audience', message: 'Nobody is assigned: choose everyone, teams or people' });
    for (const code of Object.keys(exam.dimensionPassPercent)) {
      if (!(await this.measures(exam, code))) problems.push({ code: 'dimension_not_measured', dimension: code, message: `No question in the exam measures the dimension "${code}" that has a pass mark` });
    }
    return { availability, problems, questionCount, totalPoints: Math.round(totalPoints * 100) / 100 };
  }

  private async currentDefinitions(questions: Question[]): Promise<Map<string, QuestionDefinition>> {
    if (!questions.length) return new Map();
    const rows = await this.exams.manager.find(QuestionVersion, { where: questions.map((q) => ({ questionId: q.id, version: q.currentVersion })), select: { questionId: true, definition: true } });
    return new Map(rows.map((row) => [row.questionId, row.definition]));
  }

  /** Whether any fixed question or draw of the exam can bring the dimension. */
  private async measures(exam: Exam, code: string): Promise<boolean> {
    for (const { items } of exam.sections) {
      for (const item of items) {
        if (item.kind === 'draw' && (item.dimension === code || (await this.search.count(item.bankId, { ...drawFilter(item), dimension: code }).catch(() => 0)) > 0)) return true;
        if (item.kind === 'fixed') {
          const linked = await this.exams.manager
            .createQueryBuilder()
            .from(QuestionDimension, 'qd')
            .innerJoin(CapabilityDimension, 'd', 'd.id = qd.dimension_id')
            .where('qd.question_id = :id AND d.code = :code', { id: item.questionId, code })
            .getCount();
          if (linked) return true;
        }
      }
    }
    return false;
  }

  private async assertReferences(manager: EntityManager, dto: ExamInputDto): Promise<void> {
    validateExamItems(dto.sections).forEach((items, s) => (dto.sections[s].items = items));
    const invalid = (field: string, message: string) => new DomainException(ErrorCode.ValidationFailed, message, [{ field, message }]);
    for (const [code, percent] of Object.entries(dto.dimensionPassPercent ?? {})) {
      if (typeof percent !== 'number' || percent < 0 || percent > 100) throw invalid(`dimensionPassPercent.${code}`, 'A pass mark is a percent from 0 to 100');
      if (!(await manager.exists(CapabilityDimension, { where: { code } }))) throw invalid(`dimensionPassPercent.${code}`, `Unknown capability dimension "${code}"`);
    }
    for (const [s, section] of dto.sections.entries()) {
      for (const [i, item] of section.items.entries()) {
        const field = `sections.${s}.items.${i}`;
        if (item.kind === 'fixed' && !(await manager.exists(Question, { where: { id: item.questionId } }))) throw invalid(`${field}.questionId`, 'Unknown question');
        if (item.kind === 'draw') {
          if (item.categoryId && !(await manager.exists(QuestionCategory, { where: { id: item.categoryId, bankId: item.bankId } }))) throw invalid(`${field}.categoryId`, 'That category is not in the chosen bank');
          if ((item.minDifficulty ?? 1) > (item.maxDifficulty ?? 5)) throw invalid(`${field}.minDifficulty`, 'The lowest difficulty is above the highest');
        }
      }
    }
    if (dto.audience.userIds.length && (await manager.count(User, { where: { id: In(dto.audience.userIds) } })) !== dto.audience.userIds.length) throw invalid('audience.userIds', 'Unknown user');
    if (dto.audience.teamIds.length && (await manager.count(Team, { where: { id: In(dto.audience.teamIds) } })) !== dto.audience.teamIds.length) throw invalid('audience.teamIds', 'Unknown team');
  }

  private async replaceAudience(manager: EntityManager, examId: string, dto: ExamInputDto): Promise<void> {
    await manager.delete(ExamAudienceEntry, { examId });
    const rows = [...dto.audience.userIds.map((targetId) => ({ examId, kind: 'user' as const, targetId })), ...dto.audience.teamIds.map((targetId) => ({ examId, kind: 'team' as const, targetId }))];
    for (let start = 0; start < rows.length; start += 200) await manager.insert(ExamAudienceEntry, rows.slice(start, start + 200));
  }
}

function columns(dto: ExamInputDto): Partial<Exam> {
  return {
    title: dto.title,
    description: dto.description ?? null,
    purpose: dto.purpose,
    timeLimitMinutes: dto.timeLimitMinutes ?? null,
    opensAt: dto.opensAt ? new Date(dto.opensAt) : null,
    closesAt: dto.closesAt ? new Date(dto.closesAt) : null,
    maxAttempts: dto.maxAttempts ?? null,
    cooldownMinutes: dto.cooldownMinutes ?? 0,
    passPercent: dto.passPercent ?? null,
    dimensionPassPercent: dto.dimensionPassPercent ?? {},
    gradingMethod: dto.gradingMethod ?? 'highest',
    shuffleQuestions: dto.shuffleQuestions ?? true,
    shuffleOptions: dto.shuffleOptions ?? true,
    layout: dto.layout ?? 'one_per_page',
    navigation: dto.navigation ?? 'free',
    review: dto.review ? { ...dto.review } : DEFAULT_REVIEW,
    // Plain objects: class instances from validation would serialise the same, but stay explicit.
    sections: dto.sections.map((section) => ({ title: section.title, items: section.items.map((item) => ({ ...item })) })),
    audienceEveryone: dto.audience.everyone,
  };
}
