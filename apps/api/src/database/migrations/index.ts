import { Identity1763800000000 } from './1763800000000-identity';
import { QuestionBank1763900000000 } from './1763900000000-question-bank';
import { Exams1764000000000 } from './1764000000000-exams';
import { GradingRuns1764100000000 } from './1764100000000-grading-runs';
import { AuditDetailsLongtext1764200000000 } from './1764200000000-audit-details-longtext';

/** Migrations in order. They use TypeORM's schema builder, so one set runs on MySQL, MariaDB and SQLite. */
export const MIGRATIONS = [Identity1763800000000, QuestionBank1763900000000, Exams1764000000000, GradingRuns1764100000000, AuditDetailsLongtext1764200000000];
