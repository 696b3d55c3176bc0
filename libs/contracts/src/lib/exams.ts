import type { Answer, GradingMethod, LearnerQuestion, QuestionType, ReviewPolicy } from '@pathwise/assessment';
import type { Difficulty } from './question-bank';

export const EXAM_PURPOSES = ['practice', 'course_check', 'certification', 'diagnostic'] as const;
export type ExamPurpose = (typeof EXAM_PURPOSES)[number];

export const EXAM_STATUSES = ['draft', 'published', 'archived'] as const;
export type ExamStatus = (typeof EXAM_STATUSES)[number];

/** A fixed question in a section. */
export interface FixedExamItem {
  kind: 'fixed';
  questionId: string;
  points: number;
}

/** "10 from Products › Trade-in with dimension product-knowledge, difficulty ≥ 3". Only active questions are drawn. */
export interface DrawExamItem {
  kind: 'draw';
  count: number;
  points: number;
  bankId: string;
  categoryId?: string | null;
  includeSubcategories?: boolean;
  dimension?: string | null;
  minDifficulty?: Difficulty | null;
  maxDifficulty?: Difficulty | null;
  tags?: string[];
  types?: QuestionType[];
}

export type ExamItem = FixedExamItem | DrawExamItem;

export interface ExamSection {
  title: string;
  items: ExamItem[];
}

export interface ExamSettings {
  title: string;
  description?: string | null;
  purpose: ExamPurpose;
  /** Null = untimed. */
  timeLimitMinutes?: number | null;
  opensAt?: string | null;
  closesAt?: string | null;
  /** Null = unlimited. */
  maxAttempts?: number | null;
  cooldownMinutes?: number;
  /** Percent 0–100; null = no pass mark (practice). */
  passPercent?: number | null;
  /** Minimum percent per capability dimension code. */
  dimensionPassPercent?: Record<string, number>;
  gradingMethod?: GradingMethod;
  shuffleQuestions?: boolean;
  shuffleOptions?: boolean;
  layout?: 'one_per_page' | 'all_on_one_page';
  navigation?: 'free' | 'sequential';
  review?: ReviewPolicy;
}

export interface ExamAudience {
  everyone: boolean;
  userIds: string[];
  teamIds: string[];
}

export interface ExamInput extends ExamSettings {
  sections: ExamSection[];
  audience: ExamAudience;
}

/** What each draw can pick from, so the builder sees an unfillable draw before publishing. */
export interface DrawAvailability {
  section: number;
  item: number;
  requested: number;
  available: number;
}

/** POST /api/exams/draw-preview: how many active questions a draw can pick from, for the builder's live count. */
export interface DrawPreview {
  available: number;
}

export interface ExamProblem {
  code: 'no_questions' | 'draw_unfillable' | 'question_unavailable' | 'no_pass_mark' | 'window_invalid' | 'dimension_not_measured' | 'no_audience';
  message: string;
  section?: number;
  item?: number;
  /** The figures the message names, so a client can word it in its own language. */
  requested?: number;
  available?: number;
  dimension?: string;
}

export interface ExamDetail extends Required<Omit<ExamSettings, 'description' | 'opensAt' | 'closesAt' | 'timeLimitMinutes' | 'maxAttempts' | 'passPercent'>> {
  id: string;
  description: string | null;
  opensAt: string | null;
  closesAt: string | null;
  timeLimitMinutes: number | null;
  maxAttempts: number | null;
  passPercent: number | null;
  status: ExamStatus;
  sections: ExamSection[];
  audience: ExamAudience;
  /** Questions an attempt will hold and the points they are worth. */
  questionCount: number;
  totalPoints: number;
  availability: DrawAvailability[];
  problems: ExamProblem[];
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ExamSummary {
  id: string;
  title: string;
  purpose: ExamPurpose;
  status: ExamStatus;
  questionCount: number;
  opensAt: string | null;
  closesAt: string | null;
  timeLimitMinutes: number | null;
  attemptsInProgress: number;
  attemptsSubmitted: number;
  updatedAt: string;
}

export const ATTEMPT_STATUSES = ['in_progress', 'submitted', 'needs_grading', 'graded'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

/** One question of an attempt as the agent sees it: never a key. */
export interface AttemptQuestionView {
  position: number;
  section: number;
  points: number;
  question: LearnerQuestion;
  answer: Answer | null;
  flagged: boolean;
  /** The client sequence number of the saved answer (0 when none). */
  seq: number;
}

export interface AttemptView {
  id: string;
  examId: string;
  examTitle: string;
  number: number;
  status: AttemptStatus;
  startedAt: string;
  /** The server's clock decides: answers are refused after this plus a short grace. */
  deadline: string | null;
  serverNow: string;
  layout: 'one_per_page' | 'all_on_one_page';
  navigation: 'free' | 'sequential';
  sections: { title: string }[];
  questions: AttemptQuestionView[];
}

export interface SaveAnswerRequest {
  answer?: Answer | null;
  flagged?: boolean;
  /** Strictly increasing per question from one client: an older save never overwrites a newer one. */
  seq: number;
}

export interface SaveAnswerResult {
  position: number;
  /** The seq now stored: greater than the request's when a newer save was already there. */
  seq: number;
  deadline: string | null;
  serverNow: string;
}

export interface AttemptResultView {
  attemptId: string;
  examId: string;
  /** The exam as the result page needs it, even once the exam is archived and gone from my exams. */
  examTitle: string;
  passPercent: number | null;
  /** When a policy of "after close" will show the result (the close date), else null. */
  reviewOpensAt: string | null;
  status: AttemptStatus;
  submittedAt: string | null;
  /** `timeout`: the deadline passed and the server submitted what was saved. */
  submittedBy: 'agent' | 'timeout' | null;
  gradedAt: string | null;
  /** What the review policy shows now; null fields are hidden. */
  score: { points: number; maxPoints: number; percent: number; passed: boolean | null } | null;
  dimensions: { code: string; percent: number; passPercent: number | null }[] | null;
  questions: {
    position: number;
    question: LearnerQuestion;
    answer: Answer | null;
    correct: 'right' | 'partial' | 'wrong' | 'pending' | null;
    points: number | null;
    maxPoints: number;
    feedback: string[] | null;
    /** The trainer's comment on a manually graded answer (shown with the feedback). */
    graderComment: string | null;
    correctAnswer: Answer | null;
  }[];
}

export interface MyExam {
  examId: string;
  title: string;
  description: string | null;
  purpose: ExamPurpose;
  /** What an attempt will hold, for the start page. */
  questionCount: number;
  passPercent: number | null;
  layout: 'one_per_page' | 'all_on_one_page';
  navigation: 'free' | 'sequential';
  /** What the agent will see afterwards, and when. */
  review: ReviewPolicy;
  opensAt: string | null;
  closesAt: string | null;
  timeLimitMinutes: number | null;
  attemptsUsed: number;
  maxAttempts: number | null;
  bestPercent: number | null;
  passed: boolean | null;
  inProgressAttemptId: string | null;
  /** The open attempt's deadline by the server's clock (null when untimed or none open). */
  inProgressDeadline: string | null;
  /** The latest submitted attempt (its result page), if any. */
  lastAttemptId: string | null;
  lastAttemptStatus: AttemptStatus | null;
  canStart: boolean;
  blockedReason: 'not_open' | 'closed' | 'no_attempts_left' | 'cooldown' | null;
  blockedUntil: string | null;
}
