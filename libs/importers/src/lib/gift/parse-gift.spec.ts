import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Question } from '@pathwise/assessment';
import type { ImportedQuestion } from '../questions/imported-question';
import { parseCategory, parseGift } from './parse-gift';

const fixture = (name: string): string => readFileSync(join(__dirname, '../../fixtures/gift', name), 'utf8');
const lineOf = (text: string, marker: string): number => text.split('\n').findIndex((l) => l.includes(marker)) + 1;

describe('parseGift on the all-constructs fixture', () => {
  const text = fixture('all-constructs.gift.txt');
  const result = parseGift(text);
  const byName = (name: string): ImportedQuestion => {
    const found = result.questions.find((q) => q.name === name);
    if (!found) throw new Error(`no question ${name}; rejected: ${JSON.stringify(result.rejected)}`);
    return found;
  };
  const q = <T extends Question['type']>(name: string, type: T): Extract<Question, { type: T }> => {
    const question = byName(name).question;
    expect(question.type).toBe(type);
    return question as Extract<Question, { type: T }>;
  };

  it('imports every question and reports only the description', () => {
    expect(result.questions).toHaveLength(17);
    expect(result.rejected).toEqual([
      {
        source: { line: lineOf(text, '::Welcome::'), label: 'Welcome' },
        kind: 'unsupported',
        message: expect.stringContaining('Descriptions are not questions in Pathwise'),
      },
    ]);
  });

  it('reads single choice with feedback, partial credit, penalties and general feedback', () => {
    const sc = q('Trade-in plan', 'single_choice');
    expect(sc.stem).toBe('Which plan includes a free trade-in valuation?');
    expect(sc.options.map((o) => [o.text, o.fraction, o.feedback])).toEqual([
      ['Plus', 1, 'Right: Plus includes one free valuation a year.'],
      ['Basic', 0, 'Basic has no trade-in.'],
      ['Plus (2023 edition)', 0.5, 'Partly right: the old Plus only valued phones.'],
      ['None of them', -0.25, 'No, one plan does.'],
    ]);
    expect(sc.generalFeedback).toBe('Trade-in valuations are listed in the plan sheet.');
  });

  it('reads idnumber, tags and Pathwise metadata from the comment, and the category', () => {
    const item = byName('Trade-in plan');
    expect(item).toMatchObject({
      idNumber: 'TI-001',
      tags: ['trade-in'],
      difficulty: 2,
      bloom: 'remember',
      dimensions: ['product-knowledge'],
      categoryPath: ['Products', 'Trade-in'],
      defaultPoints: 1,
      source: { line: lineOf(text, '::Trade-in plan::'), label: 'Trade-in plan' },
    });
    expect(byName('Hotline')).toMatchObject({ idNumber: null, tags: [], difficulty: null, bloom: null, dimensions: [] });
  });

  it('keeps a missing-word choice as a choice with a blank in its stem', () => {
    const sc = q('Missing word choice', 'single_choice');
    expect(sc.stem).toBe('The trade-in credit is paid _____ within 7 days.');
    expect(sc.options.find((o) => o.fraction === 1)?.text).toBe('as bill credit');
  });

  it('maps weighted right answers to weighted multiple choice', () => {
    const mc = q('ID documents', 'multiple_choice');
    expect(mc.scoring).toBe('weighted');
    expect(mc.options.map((o) => o.fraction)).toEqual([0.5, 0.5, -1, -1]);
    expect(mc.options[2].feedback).toBe('A bill is not an identity document.');
  });

  it('reads true/false with wrong-then-right feedback', () => {
    expect(q('Refund time', 'true_false')).toMatchObject({ correct: true, feedbackFalse: 'Wrong: it is 3 working days.', feedbackTrue: 'Correct.' });
    expect(q('Store hours', 'true_false').correct).toBe(false);
  });

  it('maps short answers to one blank, with weights and the * wildcard', () => {
    const fb = q('Hotline', 'fill_blank');
    expect(fb.stem).toBe('What is the customer hotline number?');
    expect(fb.text).toBe('[[b1]]');
    expect(fb.blanks[0].accepted).toEqual([
      { value: '400-800-1234', kind: 'text', fraction: 1, feedback: 'Right.' },
      { value: '4008001234', kind: 'text', fraction: 0.5, feedback: 'Right number; write it with dashes.' },
      { value: '.*', kind: 'regex', fraction: 0, feedback: 'That is not the hotline.' },
    ]);
  });

  it('puts a missing-word short answer where the braces were', () => {
    const fb = q('Greeting', 'fill_blank');
    expect(fb.text).toBe('Thank you for calling Pathwise, my name is [[b1]].');
    expect(fb.stem).toBe('Fill in the blank.');
    expect(fb.blanks[0].accepted.map((a) => a.value)).toEqual(['Alex', 'alex']);
  });

  it('reads numerical answers with margins, ranges and several weighted answers', () => {
    expect(q('Max parcel', 'numerical').answers).toEqual([{ value: 20, tolerance: 0.5, fraction: 1 }]);
    expect(q('Warranty range', 'numerical').answers).toEqual([{ value: 18, tolerance: 6, fraction: 1 }]);
    expect(q('Screen size', 'numerical').answers).toEqual([
      { value: 6.1, tolerance: 0, fraction: 1, feedback: 'Exactly.' },
      { value: 6, tolerance: 0.2, fraction: 0.5, feedback: 'Close.' },
    ]);
    const warning = result.warnings.find((w) => w.source.label === 'Screen size');
    expect(warning?.message).toContain('Check the spec sheet.');
  });

  it('reads matching with a distractor', () => {
    const m = q('Plans and prices', 'matching');
    expect(m.prompts.map((p) => [p.text, m.choices.find((c) => c.id === p.choiceId)?.text])).toEqual([
      ['Basic', '¥39'],
      ['Plus', '¥59'],
      ['Max', '¥99'],
    ]);
    expect(m.choices.map((c) => c.text)).toEqual(['¥39', '¥59', '¥99', '¥19']);
    expect(m.scoring).toBe('partial');
  });

  it('reads an essay with HTML and general feedback', () => {
    const e = q('Angry customer', 'essay');
    expect(e.stem).toBe('<p>A customer says the trade-in quote is <b>unfair</b>. Write your reply.</p>');
    expect(e.generalFeedback).toBe('<p>Look for empathy and a clear next step.</p>');
    expect(e.responseFormat).toBe('long');
  });

  it('unescapes \\~ \\= \\# \\{ \\} \\: and \\n', () => {
    const sc = q('Escapes', 'single_choice');
    expect(sc.stem).toBe('Which characters must be escaped in GIFT: ~ = # { } and :?');
    expect(sc.options[0]).toMatchObject({ text: 'all six: ~ = # { } :', feedback: 'Yes, all of them.' });
    expect(q('Line breaks', 'true_false').stem).toBe('First line<br>second line of the stem.');
  });

  it('reads Chinese text and a category with an escaped slash', () => {
    const item = byName('退换货');
    expect(item.categoryPath).toEqual(['Products', '服务/政策']);
    const sc = item.question as Extract<Question, { type: 'single_choice' }>;
    expect(sc.stem).toBe('<p>客户购买后几天内可以无理由退货？</p>');
    expect(sc.options[0]).toMatchObject({ text: '7天', fraction: 1, feedback: '正确。' });
  });

  it('converts markdown minimally and escapes plain text', () => {
    expect(q('markdown', 'true_false').stem).toBe('Is the <strong>X1</strong> covered by <em>extended</em> warranty?');
    expect(q('plain', 'true_false').stem).toBe('Is 2 &lt; 3 in &lt;b&gt;plain&lt;/b&gt; text?');
  });
});

describe('parseGift on the errors fixture', () => {
  const text = fixture('errors.gift.txt');
  const result = parseGift(text);
  const rejectedAt = (marker: string) => result.rejected.find((r) => r.source.line === lineOf(text, marker));

  it('imports the good items and rejects every bad one with its line', () => {
    expect(result.questions.map((q) => q.name)).toEqual(['Good one', 'Good two']);
    expect(result.rejected).toHaveLength(9);
    expect(result.rejected.every((r) => typeof r.source.line === 'number' && r.message.length > 20)).toBe(true);
  });

  it.each([
    ['::No closing brace::', 'invalid', 'unbalanced'],
    ['::One answer only::', 'invalid', 'at least two answers'],
    ['::Two right answers::', 'invalid', 'exactly one option worth full credit'],
    ['::Weights do not add up::', 'invalid', 'add up to 70%'],
    ['::Bad number::', 'invalid', '“twenty” is not a number'],
    ['::Matching without arrow::', 'invalid', 'has no “->”'],
    ['Just a description', 'unsupported', 'description'],
    ['::Two blocks::', 'invalid', 'more than one answer block'],
    ['::Empty option::', 'invalid', 'Option 2: Text cannot be empty.'],
  ])('%s → %s', (marker, kind, message) => {
    const issue = rejectedAt(marker);
    expect(issue).toBeDefined();
    expect(issue?.kind).toBe(kind);
    expect(issue?.message).toContain(message);
  });
});

describe('parseGift on what Moodle writes', () => {
  const text = fixture('moodle-export.gift.txt');
  const result = parseGift(text);
  const byName = (name: string): ImportedQuestion => {
    const found = result.questions.find((q) => q.name === name);
    if (!found) throw new Error(`no question ${name}; rejected: ${JSON.stringify(result.rejected)}`);
    return found;
  };

  it('reports each question Moodle could only write as its heading, and nothing for a plain comment', () => {
    expect(result.questions.map((q) => q.name)).toEqual(['Call script', 'Escalation steps', 'Store opening', 'Hotline', 'Opening hours']);
    expect(result.rejected).toEqual([
      { source: { line: lineOf(text, 'name: Refund cloze'), label: 'Refund cloze' }, kind: 'unsupported', message: expect.stringContaining('Export it from Moodle as Moodle XML') },
      { source: { line: lineOf(text, 'name: Drag the plan names'), label: 'Drag the plan names' }, kind: 'unsupported', message: expect.stringContaining('cannot be written in GIFT') },
    ]);
  });

  it('keeps the indentation of the lines of a question, as Moodle does', () => {
    expect(byName('Call script').question.stem).toBe(
      '<p>What is missing from this opening script?</p>\n<pre>\nGreet the caller\n    Confirm the account holder\n        Read the recording notice\n</pre>',
    );
  });

  it("reads Moodle's ordering syntax: items in order, all-or-nothing kept, other grading and a shown subset warned", () => {
    expect(byName('Escalation steps')).toMatchObject({
      idNumber: 'ES-1',
      categoryPath: ['Default for Support', 'Escalation'],
      question: {
        type: 'ordering',
        stem: 'Put the escalation steps in order.',
        scoring: 'all_or_nothing',
        items: [{ text: 'Listen to the complaint' }, { text: 'Apologise' }, { text: 'Offer a solution' }, { text: 'Confirm the solution works' }],
      },
    });
    const opening = byName('Store opening');
    expect(opening.question).toMatchObject({ type: 'ordering', scoring: 'partial' });
    expect(opening.question.type === 'ordering' && opening.question.items.map((i) => i.text)).toEqual([
      'Switch off the alarm',
      'Count the till',
      'Unlock the doors',
      'Switch on the demo devices',
      'Greet the first customer',
    ]);
    expect(result.warnings.filter((w) => w.source.label === 'Store opening').map((w) => w.message)).toEqual([
      expect.stringContaining('"ABSOLUTE_POSITION"'),
      'Moodle showed 3 of the 5 items; Pathwise shows them all.',
    ]);
  });

  it('shows Moodle auto-format line breaks as Moodle does: <br>, but a space next to a tag', () => {
    expect(byName('Opening hours').question.stem).toBe('<p>Stores open at 9.</p> On Sundays too?<br>Answer for the flagship store.');
    expect(byName('Hotline').question).toMatchObject({ correct: true, feedbackTrue: 'Right.', feedbackFalse: 'No: they are free from every network.' });
  });
});

describe('parseGift details', () => {
  it('handles CRLF, CR-only line endings and a BOM', () => {
    const crlf = parseGift('\uFEFF// c\r\n::A::Q?{T}\r\n\r\n::B::R?{F}\r\n');
    expect(crlf.questions.map((q) => [q.name, q.source.line])).toEqual([
      ['A', 2],
      ['B', 4],
    ]);
    expect(parseGift('::A::Q?{T}\r\r::B::R?{F}').questions).toHaveLength(2);
  });

  it('uses the default category until a $CATEGORY line and drops the context prefix', () => {
    const r = parseGift('::A::Q?{T}\n\n$CATEGORY: $module$/top/Billing\n\n::B::R?{F}', { defaultCategory: ['Imported'] });
    expect(r.questions.map((q) => q.categoryPath)).toEqual([['Imported'], ['Billing']]);
    expect(parseCategory('$course$/top')).toEqual([]);
    expect(parseCategory('Default for C1/Sub')).toEqual(['Default for C1', 'Sub']);
  });

  it('names an unnamed question after its text', () => {
    expect(parseGift('Is the hotline free?{T}').questions[0].name).toBe('Is the hotline free?');
  });

  it('scales weights that Moodle rounds to 100% and warns', () => {
    const r = parseGift('Pick{~%33.33%a ~%33.33%b ~%33.33%c ~d}');
    const mc = r.questions[0].question as Extract<Question, { type: 'multiple_choice' }>;
    expect(mc.options.slice(0, 3).reduce((s, o) => s + o.fraction, 0)).toBeCloseTo(1, 9);
    expect(r.warnings[0].message).toContain('99.99%');
  });

  it('maps ~%100% without = to weighted multiple choice, as Moodle makes it multiple-answer', () => {
    const r = parseGift('Pick{~%100%a ~%-50%b ~%-50%c}');
    expect(r.questions[0].question).toMatchObject({ type: 'multiple_choice', scoring: 'weighted' });
  });

  it('reads the pathwise settings line', () => {
    const r = parseGift('// pathwise: scoring=all_or_nothing shuffle=false points=2 difficulty=4 bloom=apply dimensions=compliance,product%20knowledge tags=vip\nPick{~%50%a ~%50%b ~c}');
    expect(r.questions[0]).toMatchObject({ defaultPoints: 2, difficulty: 4, bloom: 'apply', dimensions: ['compliance', 'product knowledge'], tags: ['vip'] });
    expect(r.questions[0].question).toMatchObject({ scoring: 'all_or_nothing', shuffleOptions: false });
  });

  it('never throws on arbitrary text', () => {
    const alphabet = fc.constantFrom('{', '}', '~', '=', '#', ':', '\\', '%', '-', '>', '.', '\n', '\r', ' ', 'a', '1', '退', '[', ']', '/', '$', 'T');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }), (chars) => {
        const result = parseGift(chars.join(''));
        for (const r of result.rejected) expect(typeof r.source.line).toBe('number');
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => void parseGift(s)), { numRuns: 500 });
  });
});
