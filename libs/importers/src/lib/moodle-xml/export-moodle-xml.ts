import type { Blank, FillBlankQuestion, PartQuestion, Question, ScenarioQuestion } from '@pathwise/assessment';
import type { ExportableQuestion, ImportedFile } from '../questions/imported-question';
import { escapeCloze, writeCloze } from './cloze';
import { PARTS_MARKER, RUBRIC_MARKER_END, RUBRIC_MARKER_START, TEXT_MARKER } from './markers';
import { toMoodleShortAnswer } from './short-answer';
import { escapeHtml } from '../questions/html-text';
import { encodeBase64, formatCategoryPath, formatNumber, metadataTags, percent } from './support';

export interface MoodleXmlExport {
  xml: string;
  /** Questions Moodle cannot express, with the reason; everything else is in `xml`. */
  skipped: { name: string; reason: string }[];
}

class Skip extends Error {}

/**
 * Writes questions as Moodle's own export does (`<quiz>` of `<question>` elements, a category
 * pseudo-question whenever the category changes, HTML in CDATA, images as base64 `<file>`), with
 * Pathwise's difficulty, Bloom level and dimensions as tags so a round trip keeps them.
 */
export function exportMoodleXml(questions: ExportableQuestion[]): MoodleXmlExport {
  const skipped: MoodleXmlExport['skipped'] = [];
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n';
  let category: string | undefined;
  for (const q of questions) {
    let body: string;
    try {
      body = new Writer(q).question();
    } catch (error) {
      if (!(error instanceof Skip)) throw error;
      skipped.push({ name: q.name, reason: error.message });
      continue;
    }
    const path = formatCategoryPath(q.categoryPath);
    if (path !== category) {
      category = path;
      out += '  <question type="category">\n    <category>\n      ' + text(path) + '    </category>\n    <info format="html">\n      <text></text>\n    </info>\n    <idnumber></idnumber>\n  </question>\n\n';
    }
    out += body + '\n';
  }
  return { xml: out + '</quiz>\n', skipped };
}

/** Moodle's rule: CDATA only when the text needs escaping, with `]]>` split across two sections. */
function cdata(raw: string): string {
  if (!/[<>&"']/u.test(raw)) return raw;
  return `<![CDATA[${raw.replace(/\]\]>/gu, ']]]]><![CDATA[>')}]]>`;
}

function text(raw: string): string {
  return `<text>${cdata(raw)}</text>\n`;
}

function escapeAttr(value: string): string {
  return value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

function escapeXmlText(value: string): string {
  return value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

class Writer {
  private readonly written = new Set<string>();

  constructor(private readonly q: ExportableQuestion) {}

  question(): string {
    const { q } = this;
    const content = this.content(q.question);
    const tags = metadataTags(q);
    let out = `  <question type="${content.type}">\n    <name>\n      ${text(q.name)}    </name>\n`;
    out += this.field('questiontext', content.questionText, '    ', true);
    out += this.field('generalfeedback', q.question.generalFeedback ?? '', '    ');
    // Moodle leaves it out for Cloze (the mark is the sum of the gap weights) and ignores it on import; Pathwise reads it back.
    out += `    <defaultgrade>${formatNumber(q.defaultPoints)}</defaultgrade>\n`;
    out += `    <penalty>${content.type === 'truefalse' ? '1' : content.type === 'essay' ? '0' : '0.3333333'}</penalty>\n`;
    out += '    <hidden>0</hidden>\n';
    out += `    <idnumber>${escapeXmlText(q.idNumber ?? '')}</idnumber>\n`;
    out += content.body;
    if (tags.length > 0) out += `    <tags>\n${tags.map((t) => `      <tag>${text(t).trimEnd()}</tag>\n`).join('')}    </tags>\n`;
    return out + '  </question>\n';
  }

  /** `<name format="html"><text>…</text><file …/></name>`, with the files this HTML refers to (all unreferenced ones go with the question text). */
  private field(tag: string, html: string, indent: string, isQuestionText = false): string {
    const files = this.q.files.filter((f) => references(html, f) || (isQuestionText && !this.referencedAnywhere(f)));
    return `${indent}<${tag} format="html">\n${indent}  ${text(html)}${files.map((f) => `${indent}  ${fileElement(f)}\n`).join('')}${indent}</${tag}>\n`;
  }

  private referencedAnywhere(file: ImportedFile): boolean {
    return JSON.stringify(this.q.question).includes(`@@PLUGINFILE@@/${file.name}`) || JSON.stringify(this.q.question).includes(`@@PLUGINFILE@@/${encodeURIComponent(file.name)}`);
  }

  private answer(fraction: string, html: string, feedback: string | undefined, extra = '', withFeedback = true): string {
    let out = `    <answer fraction="${fraction}" format="html">\n      ${text(html)}`;
    for (const f of this.q.files.filter((file) => references(html, file))) out += `      ${fileElement(f)}\n`;
    if (withFeedback || feedback) out += this.field('feedback', feedback ?? '', '      ');
    return out + extra + '    </answer>\n';
  }

  private combinedFeedback(): string {
    return ['correctfeedback', 'partiallycorrectfeedback', 'incorrectfeedback'].map((tag) => `    <${tag} format="html">\n      <text></text>\n    </${tag}>\n`).join('');
  }

  private content(question: Question): { type: string; questionText: string; body: string } {
    const stem = question.stem;
    switch (question.type) {
      case 'single_choice':
      case 'multiple_choice': {
        const allOrNothing = question.type === 'multiple_choice' && question.scoring === 'all_or_nothing';
        const correct = question.options.filter((o) => o.fraction > 0).length;
        const fractionOf = (f: number): number => {
          if (question.type === 'single_choice' || question.scoring === 'weighted') return f;
          if (question.scoring === 'all_or_nothing') return f > 0 ? 1 : 0;
          return f > 0 ? 1 / correct : -1 / correct;
        };
        let body = allOrNothing ? '' : `    <single>${question.type === 'single_choice' ? 'true' : 'false'}</single>\n`;
        body += `    <shuffleanswers>${question.shuffleOptions === false ? 'false' : 'true'}</shuffleanswers>\n`;
        body += '    <answernumbering>abc</answernumbering>\n    <showstandardinstruction>0</showstandardinstruction>\n';
        body += this.combinedFeedback();
        body += question.options.map((o) => this.answer(percent(fractionOf(o.fraction)), o.text, o.feedback)).join('');
        return { type: allOrNothing ? 'multichoiceset' : 'multichoice', questionText: stem, body };
      }
      case 'true_false': {
        const body =
          this.answer(question.correct ? '100' : '0', 'true', question.feedbackTrue).replace('format="html">', 'format="moodle_auto_format">') +
          this.answer(question.correct ? '0' : '100', 'false', question.feedbackFalse).replace('format="html">', 'format="moodle_auto_format">');
        return { type: 'truefalse', questionText: stem, body };
      }
      case 'fill_blank': {
        if (question.blanks.length === 1 && question.text.trim() === `[[${question.blanks[0].id}]]`) {
          const blank = question.blanks[0];
          let body = `    <usecase>${blank.caseSensitive ? 1 : 0}</usecase>\n`;
          body += blank.accepted.map((a) => this.answer(percent(a.fraction), moodleAnswer(a, 'its answer'), a.feedback).replace('format="html">', 'format="moodle_auto_format">')).join('');
          return { type: 'shortanswer', questionText: stem, body };
        }
        return { type: 'cloze', questionText: `${stem}${TEXT_MARKER}${clozeText(question)}`, body: '' };
      }
      case 'numerical': {
        let body = question.answers
          .map((a) => this.answer(percent(a.fraction), formatNumber(a.value), a.feedback, `      <tolerance>${formatNumber(a.tolerance)}</tolerance>\n`).replace('format="html">', 'format="moodle_auto_format">'))
          .join('');
        const units = question.units ?? [];
        if (units.length > 0) {
          body += `    <units>\n${units.map((u) => `      <unit>\n        <multiplier>${formatNumber(u.multiplier)}</multiplier>\n        <unit_name>${escapeXmlText(u.unit)}</unit_name>\n      </unit>\n`).join('')}    </units>\n`;
        }
        body += `    <unitgradingtype>${units.length > 0 && question.unitPolicy === 'required' ? 1 : 0}</unitgradingtype>\n`;
        body += `    <unitpenalty>${formatNumber(question.unitPenalty)}</unitpenalty>\n`;
        body += `    <showunits>${units.length > 0 ? 0 : 3}</showunits>\n    <unitsleft>0</unitsleft>\n`;
        return { type: 'numerical', questionText: stem, body };
      }
      case 'ordering': {
        let body = '    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n    <selectcount>0</selectcount>\n';
        body += `    <gradingtype>${question.scoring === 'all_or_nothing' ? 'ALL_OR_NOTHING' : 'LONGEST_ORDERED_SUBSET'}</gradingtype>\n    <showgrading>SHOW</showgrading>\n    <numberingstyle>none</numberingstyle>\n`;
        body += this.combinedFeedback();
        body += question.items.map((item, i) => this.answer(String(i + 1), item.text, undefined, '', false)).join('');
        return { type: 'ordering', questionText: stem, body };
      }
      case 'matching': {
        if (question.scoring === 'all_or_nothing') {
          throw new Skip("Moodle's matching questions always give partial credit per pair; this one is all-or-nothing. Switch it to partial credit to export it.");
        }
        let body = '    <shuffleanswers>true</shuffleanswers>\n' + this.combinedFeedback();
        const choiceText = new Map(question.choices.map((c) => [c.id, c.text]));
        const used = new Set(question.prompts.map((p) => p.choiceId));
        const subquestion = (prompt: string, answer: string) =>
          `    <subquestion format="html">\n      ${text(prompt)}${this.q.files
            .filter((f) => references(prompt, f))
            .map((f) => `      ${fileElement(f)}\n`)
            .join('')}      <answer>\n        ${text(answer)}      </answer>\n    </subquestion>\n`;
        body += question.prompts.map((p) => subquestion(p.text, choiceText.get(p.choiceId) ?? '')).join('');
        body += question.choices.filter((c) => !used.has(c.id)).map((c) => subquestion('', c.text)).join('');
        return { type: 'matching', questionText: stem, body };
      }
      case 'essay': {
        let graderInfo = question.graderInfo ?? '';
        if (question.rubric) {
          const json = new TextEncoder().encode(JSON.stringify(question.rubric));
          const readable = question.rubric.criteria
            .map((c) => `<li>${escapeHtml(c.description, { quotes: true })}: ${c.levels.map((l) => `${formatNumber(l.points)} – ${escapeHtml(l.description, { quotes: true })}`).join('; ')}</li>`)
            .join('');
          graderInfo += `${RUBRIC_MARKER_START}${encodeBase64(json)}${RUBRIC_MARKER_END}<p>Rubric</p><ul>${readable}</ul>`;
        }
        let body = '    <responseformat>editor</responseformat>\n    <responserequired>1</responserequired>\n';
        body += `    <responsefieldlines>${question.responseFormat === 'short' ? 3 : 15}</responsefieldlines>\n`;
        body += `    <minwordlimit>${question.minWords ?? ''}</minwordlimit>\n    <maxwordlimit>${question.maxWords ?? ''}</maxwordlimit>\n`;
        body += '    <attachments>0</attachments>\n    <attachmentsrequired>0</attachmentsrequired>\n    <maxbytes>0</maxbytes>\n    <filetypeslist></filetypeslist>\n';
        body += this.field('graderinfo', graderInfo, '    ');
        body += '    <responsetemplate format="html">\n      <text></text>\n    </responsetemplate>\n';
        return { type: 'essay', questionText: stem, body };
      }
      case 'scenario':
        return { type: 'cloze', questionText: scenarioText(question), body: '' };
    }
  }
}

function references(html: string, file: ImportedFile): boolean {
  return html.includes(`@@PLUGINFILE@@/${file.name}`) || html.includes(`@@PLUGINFILE@@/${encodeURIComponent(file.name)}`);
}

function fileElement(file: ImportedFile): string {
  return `<file name="${escapeAttr(file.name)}" path="/" encoding="base64">${encodeBase64(file.data)}</file>`;
}

/** A literal for inside `{…}`: entities for the HTML around it, backslashes for Cloze separators. */
function clozeLiteral(value: string): string {
  return escapeCloze(value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;'));
}

function moodleAnswer(accepted: { value: string; kind: 'text' | 'regex' }, where: string): string {
  const answer = toMoodleShortAnswer(accepted);
  if (answer === undefined) {
    throw new Skip(`The accepted answer /${accepted.value}/ of ${where} is a regular expression; Moodle short answers only know the * wildcard.`);
  }
  return answer;
}

function shortAnswerCloze(blank: Blank, weight: number, where: string): string {
  const alternatives = blank.accepted.map((a) => ({ fraction: a.fraction, answer: clozeLiteral(moodleAnswer(a, where)), feedback: a.feedback }));
  return writeCloze(weight, blank.caseSensitive ? 'SHORTANSWER_C' : 'SHORTANSWER', alternatives);
}

function clozeText(question: FillBlankQuestion): string {
  const blanks = new Map(question.blanks.map((b) => [b.id, b]));
  return question.text.replace(/\[\[([^\]]*)\]\]/gu, (whole, id: string) => {
    const blank = blanks.get(id);
    return blank ? shortAnswerCloze(blank, 1, `blank "${id}"`) : whole;
  });
}

function scenarioText(question: ScenarioQuestion): string {
  const parts = question.parts.map((part, i) => {
    if (!Number.isInteger(part.weight)) throw new Skip(`Part ${i + 1} is worth ${part.weight} points; Moodle's Cloze weights are whole numbers.`);
    return `<p>${part.question.stem} ${embedded(part.question, part.weight, i + 1)}</p>`;
  });
  return `${question.stem}${TEXT_MARKER}${question.caseText}${PARTS_MARKER}${parts.join('')}`;
}

function embedded(q: PartQuestion, weight: number, position: number): string {
  const where = `part ${position}`;
  switch (q.type) {
    case 'single_choice':
      return writeCloze(
        weight,
        q.shuffleOptions === false ? 'MULTICHOICE' : 'MULTICHOICE_S',
        q.options.map((o) => ({ fraction: o.fraction, answer: clozeLiteral(o.text), feedback: o.feedback })),
      );
    case 'multiple_choice': {
      if (q.scoring === 'all_or_nothing') throw new Skip(`Part ${position} is an all-or-nothing multiple choice; Moodle's Cloze multi-response gaps always give partial credit.`);
      const correct = q.options.filter((o) => o.fraction > 0).length;
      const fraction = (f: number) => (q.scoring === 'weighted' ? f : f > 0 ? 1 / correct : -1 / correct);
      return writeCloze(
        weight,
        q.shuffleOptions === false ? 'MULTIRESPONSE' : 'MULTIRESPONSE_S',
        q.options.map((o) => ({ fraction: fraction(o.fraction), answer: clozeLiteral(o.text), feedback: o.feedback })),
        true,
      );
    }
    case 'fill_blank':
      if (q.blanks.length !== 1 || q.text.trim() !== `[[${q.blanks[0].id}]]`) throw new Skip(`Part ${position} is a fill-in-the-blank with text around its blanks; a Cloze gap is a single answer box.`);
      return shortAnswerCloze(q.blanks[0], weight, where);
    case 'numerical':
      if ((q.units ?? []).length > 0) throw new Skip(`Part ${position} is a numerical question with units; Moodle's Cloze numerical gaps have no units.`);
      return writeCloze(
        weight,
        'NUMERICAL',
        q.answers.map((a) => ({ fraction: a.fraction, answer: `${formatNumber(a.value)}:${formatNumber(a.tolerance)}`, feedback: a.feedback })),
      );
    case 'true_false':
    case 'ordering':
    case 'matching':
    case 'essay':
      throw new Skip(`Part ${position} is a ${q.type.replace('_', '/')} question; Moodle's Cloze gaps can only be short answers, numbers or choices.`);
  }
}
