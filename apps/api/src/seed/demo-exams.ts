import type { ReviewPolicy } from '@pathwise/assessment';
import type { ExamPurpose } from '@pathwise/contracts';

export interface DemoExam {
  title: string;
  description: string;
  purpose: ExamPurpose;
  timeLimitMinutes: number | null;
  maxAttempts: number | null;
  passPercent: number | null;
  /** Days after seeding that the exam closes; null = never. */
  closesInDays: number | null;
  layout: 'one_per_page' | 'all_on_one_page';
  review: ReviewPolicy;
  /** Names of demo bank questions, in order. */
  questions: string[];
}

const AUTO_GRADED = [
  'Trade-in: minimum battery health',
  'Trade-in: documents the customer must bring',
  'Trade-in: locked phones',
  'Plans: data allowance of the Plus plan',
  'Plans: match the plan to its customer',
  'Greeting: the required opening',
  'Complaints: order of the LEARN steps',
  'Compliance: verifying identity before account changes',
];

/** Published for everyone, so a demo agent has an exam to sit and a demo trainer one to grade. */
export const DEMO_EXAMS: DemoExam[] = [
  {
    title: 'Trade-in launch: product exam 以旧换新上市考试',
    description: 'Certification for the new trade-in programme. 以旧换新项目上岗认证。',
    purpose: 'certification',
    timeLimitMinutes: 20,
    maxAttempts: 3,
    passPercent: 70,
    closesInDays: 30,
    layout: 'one_per_page',
    review: { when: 'immediately', score: true, correctness: true, correctAnswers: false, feedback: true },
    questions: [...AUTO_GRADED, 'Complaints: an angry customer about a late refund', 'Case: a trade-in valued lower than quoted'],
  },
  {
    title: 'Practice: trade-in and plans 练习：以旧换新与套餐',
    description: 'Practise as often as you like; every answer is explained afterwards. 可反复练习，交卷后查看解析。',
    purpose: 'practice',
    timeLimitMinutes: null,
    maxAttempts: null,
    passPercent: null,
    closesInDays: null,
    layout: 'all_on_one_page',
    review: { when: 'immediately', score: true, correctness: true, correctAnswers: true, feedback: true },
    questions: AUTO_GRADED.slice(0, 5),
  },
];
