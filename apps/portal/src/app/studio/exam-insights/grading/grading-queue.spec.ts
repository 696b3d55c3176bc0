import { EssayQuestion } from '@pathwise/assessment';
import { GradingQueueItem } from '@pathwise/contracts';
import {
  gradingTasks,
  nextTask,
  sessionProgress,
  taskKey,
} from './grading-queue';

const ESSAY: EssayQuestion = {
  type: 'essay',
  stem: '<p>Reply to the angry customer.</p>',
  responseFormat: 'long',
  rubric: {
    criteria: [
      {
        id: 'empathy',
        description: 'Shows empathy',
        levels: [
          { points: 0, description: 'None' },
          { points: 4, description: 'Strong' },
        ],
      },
    ],
  },
};

function essayItem(
  attemptId: string,
  answer: unknown = { text: 'Sorry!\nI will fix it.' },
): GradingQueueItem {
  return {
    attemptId,
    position: 3,
    examId: 'exam',
    examTitle: 'Trade-in certification',
    agentName: '王芳',
    submittedAt: '2026-01-01T09:00:00Z',
    question: ESSAY,
    answer,
    score: {
      status: 'pending',
      points: 0,
      maxPoints: 10,
      fraction: 0,
      parts: [],
      feedback: [],
    },
  };
}

function scenarioItem(graded: string[] = []): GradingQueueItem {
  return {
    ...essayItem('s1'),
    position: 5,
    question: {
      type: 'scenario',
      stem: '<p>Read the case.</p>',
      caseText: '<p>A customer wants a refund.</p>',
      parts: [
        {
          id: 'pick',
          weight: 2,
          question: { type: 'true_false', stem: 'Refund?', correct: true },
        },
        { id: 'reply', weight: 3, question: ESSAY },
        { id: 'note', weight: 5, question: { ...ESSAY, rubric: undefined } },
      ],
    },
    answer: {
      parts: { pick: { value: true }, reply: { text: 'Dear customer' } },
    },
    score: {
      status: 'pending',
      points: 2,
      maxPoints: 10,
      fraction: 0.2,
      feedback: [],
      parts: [
        { id: 'pick', points: 2, maxPoints: 2, status: 'graded' },
        {
          id: 'reply',
          points: 0,
          maxPoints: 3,
          status: graded.includes('reply') ? 'graded' : 'pending',
        },
        {
          id: 'note',
          points: 0,
          maxPoints: 5,
          status: graded.includes('note') ? 'graded' : 'pending',
        },
      ],
    },
  };
}

describe('grading queue', () => {
  it('makes one task of an essay, with its answer text and points', () => {
    const [task] = gradingTasks(essayItem('a1'));
    expect(task).toMatchObject({
      key: taskKey('a1', 3, null),
      partId: null,
      scenario: null,
      maxPoints: 10,
      answerText: 'Sorry!\nI will fix it.',
      agentName: '王芳',
    });
    expect(task.essay.rubric?.criteria).toHaveLength(1);
  });

  it('reads a missing or malformed answer as empty text', () => {
    expect(gradingTasks(essayItem('a1', null))[0].answerText).toBe('');
    expect(gradingTasks(essayItem('a1', { text: 42 }))[0].answerText).toBe('');
  });

  it('makes a task of each ungraded essay part of a scenario, out of the part weight', () => {
    const tasks = gradingTasks(scenarioItem());
    expect(tasks.map((t) => t.partId)).toEqual(['reply', 'note']);
    expect(tasks[0]).toMatchObject({
      maxPoints: 3,
      answerText: 'Dear customer',
      scenario: {
        caseText: '<p>A customer wants a refund.</p>',
        partNumber: 2,
        partCount: 3,
      },
    });
    expect(tasks[1].answerText).toBe('');
    expect(gradingTasks(scenarioItem(['reply'])).map((t) => t.partId)).toEqual([
      'note',
    ]);
  });

  it('picks the oldest task the grader has not skipped', () => {
    const items = [essayItem('a1'), scenarioItem(), essayItem('a2')];
    expect(nextTask(items, new Set())?.attemptId).toBe('a1');
    const skipped = new Set([
      taskKey('a1', 3, null),
      taskKey('s1', 5, 'reply'),
    ]);
    expect(nextTask(items, skipped)?.key).toBe(taskKey('s1', 5, 'note'));
    skipped.add(taskKey('s1', 5, 'note'));
    expect(nextTask(items, skipped)?.attemptId).toBe('a2');
    skipped.add(taskKey('a2', 3, null));
    expect(nextTask(items, skipped)).toBeNull();
    expect(nextTask([], new Set())).toBeNull();
  });

  it('counts progress as graded out of graded plus waiting', () => {
    expect(sessionProgress(12, 28)).toEqual({
      done: 12,
      total: 40,
      percent: 30,
    });
    expect(sessionProgress(0, 5)).toEqual({ done: 0, total: 5, percent: 0 });
    expect(sessionProgress(3, 0)).toEqual({ done: 3, total: 3, percent: 100 });
    expect(sessionProgress(0, 0).percent).toBe(100);
  });
});
