import { examOverview, histogramBin } from './exam-overview';

describe('histogramBin', () => {
  it.each([
    [0, 0],
    [9.99, 0],
    [10, 1],
    [59.5, 5],
    [99.9, 9],
    [100, 9],
  ])('puts %p%% in bin %p', (percent, bin) => expect(histogramBin(percent)).toBe(bin));
});

describe('examOverview', () => {
  it('counts attempts by status, bins graded percents and passes agents by the grading method', () => {
    const figures = examOverview(
      [
        { agentId: 'ann', status: 'graded', percent: 40, passed: false, submittedAt: 1 },
        { agentId: 'ann', status: 'graded', percent: 90, passed: true, submittedAt: 2 },
        { agentId: 'bob', status: 'graded', percent: 100, passed: true, submittedAt: 1 },
        { agentId: 'cat', status: 'graded', percent: 55, passed: false, submittedAt: 1 },
        { agentId: 'cat', status: 'in_progress' },
        { agentId: 'dan', status: 'needs_grading' },
        { agentId: 'eve', status: 'submitted' },
      ],
      'highest',
      70,
    );
    expect(figures).toEqual({
      inProgress: 1,
      submitted: 1,
      needsGrading: 1,
      graded: 4,
      agents: 5,
      agentsGraded: 3,
      agentsPassed: 2,
      passRate: 2 / 3,
      averagePercent: 71.25,
      histogram: [0, 0, 0, 0, 1, 1, 0, 0, 0, 2],
    });
  });

  it('uses the grading method: with "first" an agent who failed first has not passed', () => {
    const attempts = [
      { agentId: 'ann', status: 'graded' as const, percent: 40, passed: false, submittedAt: 1 },
      { agentId: 'ann', status: 'graded' as const, percent: 90, passed: true, submittedAt: 2 },
    ];
    expect(examOverview(attempts, 'first', 70).agentsPassed).toBe(0);
    expect(examOverview(attempts, 'last', 70).agentsPassed).toBe(1);
  });

  it('has no pass rate without a pass mark or graded agents, and no average without graded attempts', () => {
    expect(examOverview([{ agentId: 'ann', status: 'graded', percent: 80, passed: null, submittedAt: 1 }], 'highest', null).passRate).toBeNull();
    const empty = examOverview([{ agentId: 'ann', status: 'in_progress' }], 'highest', 70);
    expect(empty.passRate).toBeNull();
    expect(empty.averagePercent).toBeNull();
    expect(empty.histogram).toEqual(new Array(10).fill(0));
  });
});
