import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { examOverview } from '@pathwise/assessment';
import { ExamOverview } from '@pathwise/contracts';
import { Repository } from 'typeorm';
import { Attempt } from '../attempts/attempt.entity';
import { notFound } from '../common/domain.exception';
import { Exam } from '../exams/exam.entity';

/** The trainer's dashboard figures for one exam: live counts, distribution, pass rate by agent. */
@Injectable()
export class ExamOverviewService {
  constructor(@InjectRepository(Attempt) private readonly attempts: Repository<Attempt>) {}

  async overview(examId: string): Promise<ExamOverview> {
    const exam = await this.attempts.manager.findOne(Exam, { where: { id: examId }, select: { id: true, gradingMethod: true, passPercent: true } });
    if (!exam) throw notFound('Exam');
    // Only the columns the figures need: an exam of a whole contact centre has thousands of attempts.
    const rows = await this.attempts.find({
      where: { examId },
      select: { userId: true, status: true, percent: true, passed: true, submittedAt: true },
    });
    const figures = examOverview(
      rows.map((a) => ({
        agentId: a.userId,
        status: a.status,
        ...(a.percent !== null && { percent: a.percent }),
        passed: a.passed,
        submittedAt: a.submittedAt?.getTime() ?? 0,
      })),
      exam.gradingMethod,
      exam.passPercent,
    );
    return { examId, ...figures, passPercent: exam.passPercent, serverNow: new Date().toISOString() };
  }
}
