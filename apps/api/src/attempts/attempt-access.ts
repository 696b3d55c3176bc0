import { ErrorCode } from '@pathwise/contracts';
import { EntityManager } from 'typeorm';
import { DomainException } from '../common/domain.exception';
import { ExamAudienceEntry } from '../exams/exam-audience.entity';
import { Exam } from '../exams/exam.entity';
import { TeamMember } from '../teams/team-member.entity';

/** Whether a user is in a published exam's audience: everyone, by name, or through a team. */
export async function isInAudience(manager: EntityManager, exam: Exam, userId: string): Promise<boolean> {
  if (exam.audienceEveryone) return true;
  const direct = await manager.exists(ExamAudienceEntry, { where: { examId: exam.id, kind: 'user', targetId: userId } });
  if (direct) return true;
  return manager
    .createQueryBuilder(ExamAudienceEntry, 'aud')
    .innerJoin(TeamMember, 'tm', 'tm.team_id = aud.target_id AND tm.user_id = :userId', { userId })
    .where("aud.exam_id = :examId AND aud.kind = 'team'", { examId: exam.id })
    .getExists();
}

export function notAvailable(reason: string, message: string, until?: Date): DomainException {
  return new DomainException(ErrorCode.ExamNotAvailable, message, undefined, { reason, ...(until && { until: until.toISOString() }) });
}
