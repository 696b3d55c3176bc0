import type { ExamStatistics, Question as QuestionDefinition, ScoreResult } from '@pathwise/assessment';
import type { AttemptStatus, ExamPurpose } from './exams';

/** One of an agent's attempts, across exams (GET /api/me/attempts, /api/users/:id/attempts). */
export interface AgentAttemptRow {
  attemptId: string;
  examId: string;
  examTitle: string;
  purpose: ExamPurpose;
  number: number;
  status: AttemptStatus;
  startedAt: string;
  submittedAt: string | null;
  percent: number | null;
  passed: boolean | null;
  dimensions: { code: string; percent: number }[] | null;
}

/** One attempt at an exam, for trainers (GET /api/exams/:id/attempts). */
export interface ExamAttemptRow {
  attemptId: string;
  userId: string;
  agentName: string;
  number: number;
  status: AttemptStatus;
  startedAt: string;
  submittedAt: string | null;
  submittedBy: 'agent' | 'timeout' | null;
  percent: number | null;
  passed: boolean | null;
}

/** An exam at a glance for its trainer (GET /api/exams/:id/overview); polled for the live count. */
export interface ExamOverview {
  examId: string;
  inProgress: number;
  submitted: number;
  needsGrading: number;
  graded: number;
  /** Agents with at least one attempt, and those whose grade (by the exam's grading method) passes. */
  agents: number;
  agentsGraded: number;
  agentsPassed: number;
  /** agentsPassed / agentsGraded; null without a pass mark or graded agents. */
  passRate: number | null;
  averagePercent: number | null;
  /** Graded attempts by percent in ten bins: 0–<10, 10–<20, …, 90–100. */
  histogram: number[];
  passPercent: number | null;
  serverNow: string;
}

export interface RegradeProgress {
  id: string;
  questionId: string;
  toVersion: number;
  status: 'queued' | 'running' | 'done' | 'failed';
  total: number;
  done: number;
  /** Attempts whose points changed. */
  changed: number;
  createdAt: string;
  finishedAt: string | null;
}

/** An open answer waiting for a trainer (GET /api/grading/queue, oldest first). */
export interface GradingQueueItem {
  attemptId: string;
  position: number;
  examId: string;
  examTitle: string;
  agentName: string;
  submittedAt: string | null;
  /** The full definition: rubric and notes for graders included (trainers only). */
  question: QuestionDefinition;
  answer: unknown;
  score: ScoreResult;
}

/** POST /api/attempts/:id/items/:position/grade: rubric levels or points, and a comment. */
export interface ManualGradeRequest {
  /** For a scenario: the essay part being graded. */
  partId?: string;
  points?: number;
  /** Criterion id → index of the chosen level. */
  rubric?: Record<string, number>;
  comment?: string;
}

export interface ManualGradeResult {
  attemptStatus: AttemptStatus | null;
  /** Open answers of this attempt still waiting. */
  remaining: number;
}

export interface ExamStatisticsView extends ExamStatistics {
  examId: string;
  computedAt: string | null;
  /** Per question id: how often each option was chosen (choice and true/false questions). */
  options: Record<string, Record<string, number>>;
  /** Question names and current versions, to link each row to the editor. */
  questions: Record<string, { name: string; version: number; type: string }>;
}
