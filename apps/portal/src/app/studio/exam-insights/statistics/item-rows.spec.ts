import { ExamStatisticsView } from '@pathwise/contracts';
import { ItemRow, itemRows, sortItemRows } from './item-rows';

const VIEW: ExamStatisticsView = {
  examId: 'e1',
  computedAt: '2026-01-01T00:00:00Z',
  attempts: 6,
  reliability: 0.42,
  items: [
    {
      itemId: 'q1',
      attempts: 6,
      facility: 0.95,
      discrimination: 0.1,
      flags: ['too_easy', 'weak_discrimination'],
    },
    {
      itemId: 'q2',
      attempts: 6,
      facility: 0.15,
      discrimination: null,
      flags: ['too_hard'],
    },
    {
      itemId: 'q3',
      attempts: 6,
      facility: 0.5,
      discrimination: -0.3,
      flags: ['negative_discrimination'],
    },
    {
      itemId: 'gone',
      attempts: 2,
      facility: 0.5,
      discrimination: 0.4,
      flags: [],
    },
  ],
  options: { q1: { a: 1, b: 5 } },
  questions: {
    q1: { name: 'Battery health', version: 1, type: 'single_choice' },
    q2: { name: 'Refund letter', version: 3, type: 'essay' },
    q3: { name: 'Cooling-off', version: 1, type: 'true_false' },
  },
};

const names = (rows: ItemRow[]) => rows.map((row) => row.name);

describe('item rows', () => {
  it('joins the figures with the question names, types and option counts', () => {
    const rows = itemRows(VIEW);
    expect(rows[0]).toMatchObject({
      questionId: 'q1',
      name: 'Battery health',
      type: 'single_choice',
      facility: 0.95,
      options: { a: 1, b: 5 },
    });
    expect(rows[1].options).toBeNull();
    // A question deleted since keeps its id, and no type.
    expect(rows[3]).toMatchObject({ name: 'gone', type: null });
  });

  it('sorts by facility both ways', () => {
    const rows = itemRows(VIEW);
    expect(names(sortItemRows(rows, 'facility', 'asc'))).toEqual([
      'Refund letter',
      'Cooling-off',
      'gone',
      'Battery health',
    ]);
    expect(names(sortItemRows(rows, 'facility', 'desc'))).toEqual([
      'Battery health',
      'Cooling-off',
      'gone',
      'Refund letter',
    ]);
  });

  it('keeps rows without a discrimination last in either direction', () => {
    const rows = itemRows(VIEW);
    expect(names(sortItemRows(rows, 'discrimination', 'asc'))).toEqual([
      'Cooling-off',
      'Battery health',
      'gone',
      'Refund letter',
    ]);
    expect(names(sortItemRows(rows, 'discrimination', 'desc'))).toEqual([
      'gone',
      'Battery health',
      'Cooling-off',
      'Refund letter',
    ]);
  });

  it('sorts by name and by the number of flags, and leaves the order alone without a sort', () => {
    const rows = itemRows(VIEW);
    expect(names(sortItemRows(rows, 'name', 'asc'))).toEqual([
      'Battery health',
      'Cooling-off',
      'gone',
      'Refund letter',
    ]);
    expect(names(sortItemRows(rows, 'flags', 'desc'))[0]).toBe(
      'Battery health',
    );
    expect(names(sortItemRows(rows, 'facility', ''))).toEqual(names(rows));
    expect(names(sortItemRows(rows, '', 'asc'))).toEqual(names(rows));
  });
});
