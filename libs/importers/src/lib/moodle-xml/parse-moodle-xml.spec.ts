import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { ImportedQuestion } from '../questions/imported-question';
import { parseMoodleXml } from './parse-moodle-xml';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/moodle-xml', name));
const bank = parseMoodleXml(fixture('contact-centre-bank.moodle.xml'));
const byName = (name: string): ImportedQuestion => {
  const found = bank.questions.find((q) => q.name === name);
  if (!found) throw new Error(`no question ${name}`);
  return found;
};

const wrap = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${body}\n</quiz>\n`;
const question = (type: string, inner: string, name = 'Q') =>
  `<question type="${type}"><name><text>${name}</text></name><questiontext format="html"><text><![CDATA[<p>Stem</p>]]></text></questiontext>${inner}</question>`;

describe('parseMoodleXml: a Moodle 4.x export with every type', () => {
  it('imports every supported question and rejects each unsupported one with its element and reason', () => {
    expect(bank.questions.map((q) => [q.source.element, q.question.type])).toEqual([
      [3, 'single_choice'],
      [4, 'multiple_choice'],
      [5, 'true_false'],
      [7, 'fill_blank'],
      [8, 'numerical'],
      [9, 'matching'],
      [10, 'essay'],
      [11, 'ordering'],
      [12, 'fill_blank'],
      [13, 'scenario'],
    ]);
    expect(bank.rejected.map((r) => [r.source.element, r.source.label, r.kind])).toEqual([
      [14, 'Section intro', 'unsupported'],
      [15, 'Drag the plan names', 'unsupported'],
      [16, 'Monthly cost', 'unsupported'],
      [17, 'Random (Trade-in)', 'unsupported'],
    ]);
    expect(bank.rejected[1].message).toMatch(/Drag-and-drop/u);
    expect(bank.rejected[2].message).toMatch(/formulas/u);
  });

  it('applies category paths to the questions that follow, with $course$/top dropped and // unescaped', () => {
    expect(byName('Trade-in plan').categoryPath).toEqual(['Default for Agent onboarding', 'Products/Services', 'Trade-in']);
    expect(byName('Refund window').categoryPath).toEqual(['Default for Agent onboarding', 'Products/Services', 'Trade-in']);
    expect(byName('Hotline greeting').categoryPath).toEqual(['Default for Agent onboarding', 'Scripts']);
  });

  it('maps a single-answer multichoice with partial and negative credit, feedback, image and metadata tags', () => {
    const q = byName('Trade-in plan');
    expect(q.question).toMatchObject({
      type: 'single_choice',
      shuffleOptions: true,
      generalFeedback: '<p>Only <b>Plus</b> and above include trade-in.</p>',
      options: [
        { text: '<p>Basic</p>', fraction: 0, feedback: '<p>Basic has no trade-in.</p>' },
        { text: '<p>Plus</p>', fraction: 1, feedback: 'Right.' },
        { text: '<p>Plus (2019 tariff)</p>', fraction: 0.5 },
        { text: 'None & never', fraction: -0.3333333 },
      ],
    });
    expect(q.question.stem).toContain('@@PLUGINFILE@@/plans.png');
    expect(q.files).toHaveLength(1);
    expect(q.files[0]).toMatchObject({ name: 'plans.png', mimeType: 'image/png' });
    expect([...q.files[0].data.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(q).toMatchObject({ tags: ['trade-in'], difficulty: 2, bloom: 'remember', dimensions: ['product-knowledge'], defaultPoints: 2, idNumber: 'TI-001' });
  });

  it('maps a multi-answer multichoice to weighted multiple choice, in Chinese, and warns about what is not kept', () => {
    const q = byName('身份证明文件');
    expect(q.question).toMatchObject({ type: 'multiple_choice', scoring: 'weighted', shuffleOptions: false });
    expect(q.question.type === 'multiple_choice' && q.question.options.map((o) => [o.text, o.fraction])).toEqual([
      ['身份证', 0.5],
      ['护照', 0.5],
      ['电话账单', -1],
      ['会员卡', 0],
    ]);
    expect(q.dimensions).toEqual(['compliance', 'product-knowledge']);
    expect(q.tags).toEqual(['身份核验']);
    const warnings = bank.warnings.filter((w) => w.source.element === 4).map((w) => w.message);
    expect(warnings.join(' ')).toMatch(/correctfeedback/u);
    expect(warnings.join(' ')).toMatch(/1 hint/u);
  });

  it('maps true/false with both feedbacks', () => {
    expect(byName('Refund window').question).toMatchObject({ type: 'true_false', correct: true, feedbackTrue: 'Yes: the statutory cooling-off period.', feedbackFalse: 'It is 14 days.' });
  });

  it('maps a short answer to one blank, Moodle * wildcards becoming anchored patterns', () => {
    expect(byName('Hotline greeting').question).toMatchObject({
      type: 'fill_blank',
      text: '[[1]]',
      blanks: [
        {
          id: '1',
          accepted: [
            { value: 'Welcome', kind: 'text', fraction: 1 },
            { value: 'Hello.*', kind: 'regex', fraction: 0.5, feedback: 'Close: we say "Welcome".' },
            { value: '.*', kind: 'regex', fraction: 0 },
          ],
        },
      ],
    });
  });

  it('maps numerical answers with tolerance, units and graded units; the * catch-all is dropped with a warning', () => {
    expect(byName('Data allowance').question).toMatchObject({
      type: 'numerical',
      answers: [
        { value: 20, tolerance: 0, fraction: 1 },
        { value: 20, tolerance: 2, fraction: 0.5 },
      ],
      units: [
        { unit: 'GB', multiplier: 1 },
        { unit: 'MB', multiplier: 1000 },
      ],
      unitPolicy: 'required',
      unitPenalty: 0.25,
    });
    expect(bank.warnings.some((w) => w.source.element === 8 && /catch-all/u.test(w.message))).toBe(true);
  });

  it('maps matching with shared answers and an empty subquestion as a distractor', () => {
    const q = byName('Escalation paths').question;
    expect(q).toMatchObject({ type: 'matching', scoring: 'partial' });
    if (q.type !== 'matching') throw new Error('not matching');
    expect(q.choices.map((c) => c.text)).toEqual(['Finance', 'Network operations', 'Marketing']);
    expect(q.prompts.map((p) => [p.text, q.choices.find((c) => c.id === p.choiceId)?.text])).toEqual([
      ['<p>Billing dispute</p>', 'Finance'],
      ['<p>Network outage</p>', 'Network operations'],
      ['<p>Refund over 500</p>', 'Finance'],
    ]);
  });

  it('maps essay word limits and grader information', () => {
    expect(byName('Angry customer')).toMatchObject({
      defaultPoints: 5,
      bloom: 'create',
      difficulty: 4,
      question: { type: 'essay', responseFormat: 'long', minWords: 50, maxWords: 200, graderInfo: '<p>Look for empathy, ownership and a clear next step.</p>' },
    });
  });

  it('maps ordering in the order of its position numbers', () => {
    const q = byName('Complaint handling steps').question;
    expect(q).toMatchObject({ type: 'ordering', scoring: 'partial' });
    expect(q.type === 'ordering' && q.items.map((i) => i.text)).toEqual(['Listen', 'Apologise', 'Resolve', 'Follow up']);
  });

  it('maps a Cloze of equally weighted short answers to fill-in-the-blank, the leading paragraph as the stem', () => {
    expect(byName('Greeting script (cloze)')).toMatchObject({
      defaultPoints: 2,
      question: {
        type: 'fill_blank',
        stem: '<p>Complete the greeting script.</p>',
        text: '<p>Thank you for calling [[1]], my name is [[2]].</p>',
        blanks: [
          { id: '1', accepted: [{ value: 'Acme Mobile', fraction: 1, feedback: 'Correct' }, { value: 'Acme', fraction: 0.5 }] },
          { id: '2', caseSensitive: true, accepted: [{ value: '.*', kind: 'regex', fraction: 1 }] },
        ],
      },
    });
  });

  it('maps a mixed Cloze to a scenario whose parts are the gaps, with their weights', () => {
    const q = byName('Roaming case (cloze)');
    expect(q.defaultPoints).toBe(6);
    expect(q.files.map((f) => f.name)).toEqual(['map.png']);
    if (q.question.type !== 'scenario') throw new Error('not a scenario');
    expect(q.question.caseText).toContain('深圳');
    expect(q.question.caseText).toContain('<strong>(1)</strong>');
    expect(q.question.parts.map((p) => [p.weight, p.question.type, p.question.stem])).toEqual([
      [2, 'single_choice', '(1) First check:'],
      [1, 'numerical', '(2) Daily roaming fee in euros:'],
      [2, 'multiple_choice', '(3) Which apply?'],
      [1, 'fill_blank', '(4) Ticket code:'],
    ]);
    expect(q.question.parts[1].question).toMatchObject({ answers: [{ value: 3, tolerance: 0.1, fraction: 1, feedback: 'Right' }, { value: 3, tolerance: 1, fraction: 0.5 }] });
    // Moodle's rule: without explicit credits each wrong response cancels one right one.
    expect(q.question.parts[2].question).toMatchObject({ scoring: 'weighted', options: [{ fraction: 0.5 }, { fraction: 0.5 }, { fraction: -0.5 }] });
    expect(q.question.parts[3].question).toMatchObject({ blanks: [{ accepted: [{ value: 'RM-}01' }] }] });
  });
});

describe('parseMoodleXml: formats as Moodle writes them', () => {
  it('reads a category path without top, a file without a path attribute and an old-style <image>', () => {
    const xml = wrap(
      `<question type="category"><category><text>$course$/Iota/Kappa</text></category></question>` +
        question(
          'truefalse',
          `<answer fraction="0"><text>true</text><feedback><text>No</text></feedback></answer><answer fraction="100"><text>false</text><feedback><text>Yes</text></feedback></answer>` +
            `<image>logo.gif</image><image_base64>R0lGODlhAQABAAAAACw=</image_base64>`,
        ),
    );
    const result = parseMoodleXml(xml);
    expect(result.rejected).toEqual([]);
    expect(result.questions[0]).toMatchObject({ categoryPath: ['Iota', 'Kappa'], question: { type: 'true_false', correct: false } });
    expect(result.questions[0].question.stem).toContain('@@PLUGINFILE@@/logo.gif');
    expect(result.questions[0].files[0]).toMatchObject({ name: 'logo.gif', mimeType: 'image/gif' });
  });

  it('escapes plain-text fields and decodes numeric character references', () => {
    const xml = wrap(
      `<question type="essay"><name><text>&#x5BA2;&#25143; &amp; co</text></name><questiontext format="plain_text"><text>Is 3 &lt; 4?\nExplain.</text></questiontext><responseformat>plain</responseformat><responsefieldlines>3</responsefieldlines></question>`,
    );
    const q = parseMoodleXml(xml).questions[0];
    expect(q.name).toBe('客户 & co');
    expect(q.question).toMatchObject({ type: 'essay', responseFormat: 'short', stem: 'Is 3 &lt; 4?<br>Explain.' });
  });

  it('rejects an attachment-only essay and an unknown plugin type as unsupported, an invalid question with the engine message', () => {
    const xml = wrap(
      question('essay', '<responseformat>noinline</responseformat>', 'Upload') +
        question('oumultiresponse', '', 'Plugin') +
        question('multichoice', '<single>true</single><answer fraction="100"><text>A</text></answer><answer fraction="100"><text>B</text></answer>', 'Two right'),
    );
    const result = parseMoodleXml(xml);
    expect(result.questions).toEqual([]);
    expect(result.rejected.map((r) => [r.source.element, r.source.label, r.kind])).toEqual([
      [1, 'Upload', 'unsupported'],
      [2, 'Plugin', 'unsupported'],
      [3, 'Two right', 'invalid'],
    ]);
    expect(result.rejected[2].message).toMatch(/exactly one option worth full credit/u);
  });

  it('maps multichoiceset (all-or-nothing plugin) and ALL_OR_NOTHING ordering', () => {
    const xml = wrap(
      question('multichoiceset', '<answer fraction="100"><text>A</text></answer><answer fraction="100"><text>B</text></answer><answer fraction="0"><text>C</text></answer>') +
        question('ordering', '<gradingtype>ALL_OR_NOTHING</gradingtype><answer fraction="2"><text>Second</text></answer><answer fraction="1"><text>First</text></answer>'),
    );
    const [mc, ordering] = parseMoodleXml(xml).questions;
    expect(mc.question).toMatchObject({ type: 'multiple_choice', scoring: 'all_or_nothing' });
    expect(ordering.question).toMatchObject({ type: 'ordering', scoring: 'all_or_nothing', items: [{ text: 'First' }, { text: 'Second' }] });
  });

  it('rejects a Cloze whose gap cannot map, with the reason', () => {
    const xml = wrap(question('cloze', '').replace('<p>Stem</p>', '<p>Fee {1:NUMERICAL:=abc}</p>'));
    const result = parseMoodleXml(xml);
    expect(result.rejected[0]).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/not a number/u) });
  });

  it('names an embedded file with the folder of its path attribute, as the HTML refers to it', () => {
    const xml = wrap(
      question(
        'truefalse',
        '<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>',
        'Floor plan',
      ).replace(
        '<text><![CDATA[<p>Stem</p>]]></text>',
        '<text><![CDATA[<p><img src="@@PLUGINFILE@@/floor%20plans/store.png"> is the flagship store; <img src="@@PLUGINFILE@@/logo.png"> is its logo.</p>]]></text>' +
          '<file name="store.png" path="/floor plans/" encoding="base64">iVBORw0KGgo=</file><file name="logo.png" path="/" encoding="base64">iVBORw0KGgo=</file>',
      ),
    );
    const q = parseMoodleXml(xml).questions[0];
    expect(q.files.map((f) => [f.name, f.mimeType])).toEqual([
      ['floor plans/store.png', 'image/png'],
      ['logo.png', 'image/png'],
    ]);
    expect(q.question.stem).toContain(`@@PLUGINFILE@@/${encodeURI(q.files[0].name)}`);
  });

  it('shows moodle_auto_format text as Moodle does: line breaks become <br>, a space next to a tag', () => {
    const xml = wrap(
      `<question type="multichoice"><name><text>Greeting</text></name><questiontext format="moodle_auto_format"><text><![CDATA[<p>A caller is upset.</p>\nWhat do you say first?\nPick one.]]></text></questiontext>` +
        `<single>true</single><answer fraction="100" format="moodle_auto_format"><text>I am sorry.\nLet me help.</text></answer><answer fraction="0" format="moodle_auto_format"><text>Calm down.</text></answer></question>`,
    );
    const q = parseMoodleXml(xml).questions[0];
    expect(q.question).toMatchObject({ stem: '<p>A caller is upset.</p> What do you say first?<br>Pick one.', options: [{ text: 'I am sorry.<br>Let me help.' }, { text: 'Calm down.' }] });
  });

  it('reads true/false answers not labelled true/false in file order, as Moodle does, and says so', () => {
    const xml = wrap(question('truefalse', '<answer fraction="0"><text>Vrai</text><feedback><text>Non.</text></feedback></answer><answer fraction="100"><text>Faux</text></answer>', 'Ancien'));
    const result = parseMoodleXml(xml);
    expect(result.questions[0].question).toMatchObject({ type: 'true_false', correct: false, feedbackTrue: 'Non.' });
    expect(result.warnings.map((w) => w.message)).toEqual([expect.stringContaining('the first was read as True')]);
  });

  it('warns that feedback on ordering items is not imported', () => {
    const xml = wrap(
      question(
        'ordering',
        '<gradingtype>ALL_OR_NOTHING</gradingtype><answer fraction="1" format="html"><text>Listen</text><feedback format="html"><text>Always first.</text></feedback></answer>' +
          '<answer fraction="2" format="html"><text>Apologise</text></answer><answer fraction="3" format="html"><text>Solve</text><feedback format="html"><text>Only then.</text></feedback></answer>',
        'Escalation',
      ),
    );
    const result = parseMoodleXml(xml);
    expect(result.questions[0].question).toMatchObject({ type: 'ordering', items: [{ text: 'Listen' }, { text: 'Apologise' }, { text: 'Solve' }] });
    expect(result.warnings.map((w) => w.message)).toEqual(['The feedback on 2 items was not imported: Pathwise ordering items have no feedback of their own.']);
  });

  it('keeps a malformed metadata tag as a plain tag with a warning', () => {
    const xml = wrap(question('truefalse', '<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer><tags><tag><text>difficulty:9</text></tag></tags>'));
    const result = parseMoodleXml(xml);
    expect(result.questions[0]).toMatchObject({ tags: ['difficulty:9'], difficulty: null });
    expect(result.warnings[0].message).toMatch(/difficulty/u);
  });
});

describe('parseMoodleXml: hostile input is refused cleanly', () => {
  const refused = (input: string | Uint8Array, pattern: RegExp, options = {}) => {
    const result = parseMoodleXml(input, options);
    expect(result.questions).toEqual([]);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0].message).toMatch(pattern);
    return result.rejected[0];
  };

  it('refuses XXE', () => {
    refused(`<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<quiz><question type="truefalse"><name><text>&xxe;</text></name></question></quiz>`, /DOCTYPE/u);
  });

  it('refuses billion laughs', () => {
    const lol = `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]>`;
    refused(`<?xml version="1.0"?>\n${lol}<quiz>&lol9;</quiz>`, /billion laughs/u);
  });

  it('refuses a bare entity declaration too', () => {
    refused('<quiz><!ENTITY x "y"></quiz>', /entities/u);
  });

  it('refuses malformed XML naming the line', () => {
    const issue = refused('<?xml version="1.0"?>\n<quiz>\n<question type="truefalse">\n<name><text>x</text></nam>\n</question>\n</quiz>', /line 4/u);
    expect(issue.source.line).toBe(4);
  });

  it('refuses files over the limit, bytes or text', () => {
    refused(new Uint8Array(2048), /over the 1 KB|over the 0 MB|limit/u, { maxBytes: 1024 });
    refused('x'.repeat(2000), /limit/u, { maxBytes: 1024 });
    refused(wrap(question('essay', '', 'x'.repeat(30))), /limit/u, { maxBytes: 100 });
  });

  it('refuses GBK bytes naming the encoding', () => {
    // <quiz><question type="truefalse"><name><text>客户</text>… saved as GBK.
    const head = new TextEncoder().encode('<?xml version="1.0" encoding="GBK"?><quiz><question type="truefalse"><name><text>');
    const gbk = Uint8Array.from([0xbf, 0xcd, 0xbb, 0xa7]);
    const tail = new TextEncoder().encode('</text></name></question></quiz>');
    const bytes = Uint8Array.from([...head, ...gbk, ...tail]);
    refused(bytes, /GBK\/GB18030[\s\S]*encoding="GBK"/u);
  });

  it('refuses a non-Moodle XML document and empty input', () => {
    refused('<html><body/></html>', /<quiz>/u);
    refused('', /empty/u);
  });

  it('never throws and always returns lists, whatever the input', () => {
    const fragments = fc.constantFrom('<quiz>', '</quiz>', '<question type="multichoice">', '<question type="cloze">', '</question>', '<text>', '</text>', '<answer fraction="50">', '</answer>', '{1:MC:=a~b}', '&amp;', '&#x0;', '<![CDATA[', ']]>', '<file name="a.png">', '</file>', '<!--', '-->', 'x');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(fragments).map((parts) => parts.join('')), fc.uint8Array()), (input) => {
        const result = parseMoodleXml(input);
        expect(Array.isArray(result.questions) && Array.isArray(result.rejected) && Array.isArray(result.warnings)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
