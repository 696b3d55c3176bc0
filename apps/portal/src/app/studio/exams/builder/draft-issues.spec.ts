import { MessageKey, MessageParams } from '../../../i18n/i18n.service';
import {
  IssueIndex,
  draftIssues,
  issueLocation,
  serverIssues,
} from './draft-issues';
import { newDrawItem, newExamDraft, newFixedItem } from './exam-draft';

const valid = () => {
  const draft = newExamDraft();
  draft.settings.title = 'Trade-in launch';
  return draft;
};

describe('draft issues', () => {
  it('finds nothing in a sound draft', () => {
    const draft = valid();
    draft.sections[0].items = [newFixedItem('q1', 1), newDrawItem('b1')];
    expect(draftIssues(draft)).toEqual([]);
  });

  it('checks the settings against the limits the API enforces', () => {
    const draft = valid();
    Object.assign(draft.settings, {
      title: '  ',
      timeLimitMinutes: 0,
      maxAttempts: 1.5,
      cooldownMinutes: -1,
      passPercent: 101,
      opensAt: '2026-05-02T10:00',
      closesAt: '2026-05-01T10:00',
    });
    expect(draftIssues(draft).map((i) => [i.field, i.key])).toEqual([
      ['title', 'exams.builder.issue.required'],
      ['timeLimitMinutes', 'exams.builder.issue.wholeNumber'],
      ['maxAttempts', 'exams.builder.issue.wholeNumber'],
      ['cooldownMinutes', 'exams.builder.issue.wholeNumber'],
      ['passPercent', 'exams.builder.issue.number'],
      ['closesAt', 'exams.builder.issue.closesBeforeOpens'],
    ]);
    expect(draftIssues(draft)[1].params).toEqual({ min: 1, max: 1440 });
  });

  it('leaves optional numbers empty without complaint', () => {
    const draft = valid();
    Object.assign(draft.settings, {
      timeLimitMinutes: null,
      maxAttempts: null,
      passPercent: null,
    });
    expect(draftIssues(draft)).toEqual([]);
  });

  it('checks pass marks per dimension row', () => {
    const draft = valid();
    draft.settings.dimensionPassMarks = [
      { key: 'a', code: 'compliance', percent: 60 },
      { key: 'b', code: 'compliance', percent: null },
      { key: 'c', code: '', percent: 50 },
    ];
    expect(draftIssues(draft).map((i) => [i.field, i.key])).toEqual([
      ['dimensionPassMarks.1.code', 'exams.builder.issue.dimensionTwice'],
      ['dimensionPassMarks.1.percent', 'exams.builder.issue.required'],
      ['dimensionPassMarks.2.code', 'exams.builder.issue.required'],
    ]);
  });

  it('checks each item at its path in the request body', () => {
    const draft = valid();
    draft.sections[0].items = [
      { ...newFixedItem('q1', 1), points: null },
      {
        ...newDrawItem(''),
        count: 0,
        points: 2,
        minDifficulty: 4,
        maxDifficulty: 2,
      },
    ];
    expect(draftIssues(draft).map((i) => i.field)).toEqual([
      'sections.0.items.0.points',
      'sections.0.items.1.bankId',
      'sections.0.items.1.count',
      'sections.0.items.1.maxDifficulty',
    ]);
  });

  it('puts the API field errors at the form paths, a pass mark by its row', () => {
    const draft = valid();
    draft.settings.dimensionPassMarks = [
      { key: 'a', code: 'compliance', percent: 60 },
    ];
    expect(
      serverIssues(
        [
          {
            field: 'dimensionPassPercent.compliance',
            message: 'Unknown capability dimension',
          },
          {
            field: 'sections.0.items.0.questionId',
            message: 'Unknown question',
          },
        ],
        draft,
      ),
    ).toEqual([
      {
        field: 'dimensionPassMarks.0.percent',
        text: 'Unknown capability dimension',
      },
      { field: 'sections.0.items.0.questionId', text: 'Unknown question' },
    ]);
  });
});

describe('issueLocation', () => {
  const t = (key: MessageKey, params?: MessageParams) =>
    params ? `${key}(${Object.values(params).join(',')})` : key;

  it('names sections and items by number and fields by their label', () => {
    expect(issueLocation('sections.1.items.0.count', t)).toBe(
      'exams.builder.section.label(2) › exams.builder.item.label(1) › exams.builder.field.count',
    );
    expect(issueLocation('sections.0.title', t)).toBe(
      'exams.builder.section.label(1) › exams.builder.field.sectionTitle',
    );
    expect(issueLocation('title', t)).toBe('exams.builder.field.title');
    expect(issueLocation('dimensionPassMarks.0.percent', t)).toBe(
      'exams.builder.field.dimensionPassMarkRow(1) › exams.builder.field.percent',
    );
    expect(issueLocation('mystery', t)).toBe('mystery');
  });
});

describe('IssueIndex', () => {
  const issues = [
    { field: 'title', key: 'exams.builder.issue.required' as const },
    { field: 'sections.0.items.1.count', text: 'too many' },
    { field: 'sections.0.items.1', text: 'bad item' },
  ];

  it('finds issues at a path, below it and within a nested part', () => {
    const index = new IssueIndex(issues, false);
    expect(index.at('title')).toHaveLength(1);
    const item = index.under('sections.0.items.1');
    expect(item).toBe(index.under('sections.0.items.1'));
    expect(item.at('count').map((i) => i.text)).toEqual(['too many']);
    expect(index.within('sections.0.items.1')).toHaveLength(2);
  });

  it('turns a field red once touched, or at once after a save attempt', () => {
    const touched = { touched: true, dirty: false } as never;
    const untouched = { touched: false, dirty: false } as never;
    expect(
      new IssueIndex(issues, false)
        .matcher('title')
        .isErrorState(untouched, null),
    ).toBe(false);
    expect(
      new IssueIndex(issues, false)
        .matcher('title')
        .isErrorState(touched, null),
    ).toBe(true);
    expect(
      new IssueIndex(issues, true)
        .matcher('title')
        .isErrorState(untouched, null),
    ).toBe(true);
    expect(
      new IssueIndex(issues, true)
        .matcher('purpose')
        .isErrorState(touched, null),
    ).toBe(false);
  });
});
