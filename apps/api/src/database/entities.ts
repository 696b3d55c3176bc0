import { AttemptAnswer } from '../attempts/attempt-answer.entity';
import { AttemptQuestion } from '../attempts/attempt-question.entity';
import { Attempt } from '../attempts/attempt.entity';
import { AuditLog } from '../audit/audit-log.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { CapabilityDimension } from '../capabilities/capability-dimension.entity';
import { ExamAudienceEntry } from '../exams/exam-audience.entity';
import { Exam } from '../exams/exam.entity';
import { AttemptItemResult } from '../grading/attempt-item-result.entity';
import { ExamStatisticsRow } from '../grading/exam-statistics.entity';
import { RegradeRun } from '../grading/regrade-run.entity';
import { QuestionBank } from '../question-banks/question-bank.entity';
import { QuestionCategory } from '../question-banks/question-category.entity';
import { QuestionFile } from '../question-files/question-file.entity';
import { QuestionImport } from '../question-transfer/question-import.entity';
import { QuestionDimension } from '../questions/question-dimension.entity';
import { QuestionTag } from '../questions/question-tag.entity';
import { QuestionVersion } from '../questions/question-version.entity';
import { Question } from '../questions/question.entity';
import { TeamMember } from '../teams/team-member.entity';
import { Team } from '../teams/team.entity';
import { UserRole } from '../users/user-role.entity';
import { User } from '../users/user.entity';

/** Every entity, listed once: the API, the worker and the migration CLI all load this list. */
export const ENTITIES = [
  User,
  UserRole,
  Team,
  TeamMember,
  RefreshToken,
  AuditLog,
  CapabilityDimension,
  QuestionBank,
  QuestionCategory,
  Question,
  QuestionVersion,
  QuestionTag,
  QuestionDimension,
  QuestionFile,
  QuestionImport,
  Exam,
  ExamAudienceEntry,
  Attempt,
  AttemptQuestion,
  AttemptAnswer,
  AttemptItemResult,
  RegradeRun,
  ExamStatisticsRow,
];
