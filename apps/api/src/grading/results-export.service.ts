import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { exportTable, TableCell } from '@pathwise/importers';
import { In, Repository } from 'typeorm';
import { Attempt } from '../attempts/attempt.entity';
import { notFound } from '../common/domain.exception';
import { Exam } from '../exams/exam.entity';
import { TeamMember } from '../teams/team-member.entity';
import { Team } from '../teams/team.entity';
import { User } from '../users/user.entity';

/** Every attempt at an exam as a spreadsheet: who, when, score, pass/fail and the mark per dimension. */
@Injectable()
export class ResultsExportService {
  constructor(@InjectRepository(Attempt) private readonly attempts: Repository<Attempt>) {}

  async export(examId: string, format: 'csv' | 'xlsx'): Promise<{ fileName: string; contentType: string; body: Buffer }> {
    const manager = this.attempts.manager;
    const exam = await manager.findOne(Exam, { where: { id: examId } });
    if (!exam) throw notFound('Exam');
    const attempts = await this.attempts.find({ where: { examId }, order: { startedAt: 'ASC' } });
    const userIds = [...new Set(attempts.map((a) => a.userId))];
    const users = new Map((userIds.length ? await manager.find(User, { where: { id: In(userIds) } }) : []).map((u) => [u.id, u]));
    const memberships = userIds.length ? await manager.find(TeamMember, { where: { userId: In(userIds) } }) : [];
    const teamNames = new Map((await manager.find(Team)).map((t) => [t.id, t.name]));
    const teamsOf = (userId: string) => memberships.filter((m) => m.userId === userId).map((m) => teamNames.get(m.teamId) ?? '').join('; ');
    const dimensionCodes = [...new Set(attempts.flatMap((a) => (a.dimensionResults ?? []).map((d) => d.code)))].sort();
    const header = ['Agent', 'E-mail', 'Employee no.', 'Teams', 'Attempt', 'Status', 'Submitted by', 'Started (UTC)', 'Submitted (UTC)', 'Points', 'Max points', 'Percent', 'Passed', ...dimensionCodes.map((code) => `${code} %`)];
    const rows: TableCell[][] = attempts.map((a) => {
      const user = users.get(a.userId);
      const dimensions = new Map((a.dimensionResults ?? []).map((d) => [d.code, d.percent]));
      return [
        user?.displayName ?? '',
        user?.email ?? '',
        user?.employeeNo ?? '',
        teamsOf(a.userId),
        a.number,
        a.status,
        a.submittedBy,
        a.startedAt.toISOString(),
        a.submittedAt?.toISOString() ?? null,
        a.points,
        a.maxPoints,
        a.percent,
        a.passed === null ? null : a.passed ? 'yes' : 'no',
        ...dimensionCodes.map((code) => dimensions.get(code) ?? null),
      ];
    });
    const body = Buffer.from(await exportTable(header, rows, format, 'Results'));
    const stamp = new Date().toISOString().slice(0, 10);
    return {
      fileName: `results-${exam.title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}-${stamp}.${format}`,
      contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body,
    };
  }
}
