import { PLACEHOLDER_PATTERN, type AcceptedAnswer, type Question } from '@pathwise/assessment';
import type { ExportableQuestion } from '../questions/imported-question';
import { writeMetadataLine, writeSettingsLine } from './gift-metadata';
import { escapeGift, startsWithFormatMarker } from './gift-text';
import { missingWordStem, wildcardToRegex } from './parse-gift';

export interface GiftExport {
  text: string;
  skipped: { name: string; reason: string }[];
}

class Skip extends Error {}

/**
 * Writes questions as GIFT the way Moodle's exporter does (`::name::[html]text{…}`, reserved
 * characters escaped, `$CATEGORY:` when the category changes), so Moodle and `parseGift` read it
 * back. Questions GIFT cannot carry without losing part of them are listed in `skipped`.
 */
export function exportGift(questions: ExportableQuestion[]): GiftExport {
  const out: string[] = [];
  const skipped: GiftExport['skipped'] = [];
  let category: string | null = null;
  for (const q of questions) {
    let body: string;
    try {
      body = writeQuestion(q);
    } catch (error) {
      if (!(error instanceof Skip)) throw error;
      skipped.push({ name: q.name, reason: error.message });
      continue;
    }
    const path = writeCategory(q.categoryPath);
    if (path !== category) {
      out.push(`$CATEGORY: ${path}\n\n`);
      category = path;
    }
    out.push(body);
  }
  return { text: out.join(''), skipped };
}

export function writeCategory(path: string[]): string {
  return ['$course$', 'top', ...path.map((p) => p.replace(/\//gu, '//'))].join('/');
}

/** A sub-text (answer, feedback): inherits the question's [html]; protect text that itself looks like a marker. */
function sub(text: string): string {
  return (startsWithFormatMarker(text) ? '[html]' : '') + escapeGift(text);
}

function percent(fraction: number): string {
  return (fraction * 100).toFixed(7).replace(/\.?0+$/u, '');
}

function feedback(text: string | undefined): string {
  return text ? `#${sub(text)}` : '';
}

function generalFeedback(q: Question, indent: boolean): string {
  if (!q.generalFeedback) return '';
  return indent ? `\t####${sub(q.generalFeedback)}\n` : `####${sub(q.generalFeedback)}`;
}

function writeQuestion(q: ExportableQuestion): string {
  const def = q.question;
  const settings: [string, string | number | boolean][] = [];
  if (q.defaultPoints !== 1) settings.push(['points', q.defaultPoints]);
  const head = (stem: string): string => `::${escapeGift(q.name)}::[html]${escapeGift(stem)}`;
  let body: string;
  switch (def.type) {
    case 'single_choice':
    case 'multiple_choice': {
      if (def.shuffleOptions === false) settings.push(['shuffle', false]);
      if (def.type === 'multiple_choice' && def.scoring !== 'weighted') settings.push(['scoring', def.scoring]);
      const lines = def.options.map((o) => {
        let mark: string;
        if (def.type === 'single_choice' && o.fraction === 1) mark = '=';
        else if (o.fraction === 0 && !/^%-*[0-9]/u.test(o.text)) mark = '~';
        else mark = `~%${percent(o.fraction)}%`;
        return `\t${mark}${sub(o.text)}${feedback(o.feedback)}\n`;
      });
      body = `${head(def.stem)}{\n${lines.join('')}${generalFeedback(def, true)}}\n`;
      break;
    }
    case 'true_false': {
      const right = def.correct ? def.feedbackTrue : def.feedbackFalse;
      const wrong = def.correct ? def.feedbackFalse : def.feedbackTrue;
      let answer = def.correct ? 'TRUE' : 'FALSE';
      if (wrong) answer += `#${sub(wrong)}`;
      else if (right) answer += '#';
      if (right) answer += `#${sub(right)}`;
      body = `${head(def.stem)}{${answer}${generalFeedback(def, false)}}\n`;
      break;
    }
    case 'fill_blank': {
      if (def.blanks.length !== 1) throw new Skip(`GIFT has one blank per question and this one has ${def.blanks.length}; export it as Moodle XML (cloze) instead.`);
      const blank = def.blanks[0];
      if (blank.caseSensitive) settings.push(['case-sensitive', true]);
      const answers = blank.accepted.map((a) => `\t=%${percent(a.fraction)}%${acceptedValue(a)}#${a.feedback ? sub(a.feedback) : ''}\n`).join('');
      const block = `{\n${answers}${generalFeedback(def, true)}}`;
      const placeholder = `[[${blank.id}]]`;
      const at = def.text.indexOf(placeholder);
      if (def.text.trim() === placeholder) {
        body = `${head(def.stem)}${block}\n`;
      } else {
        // Missing word: the blank stays where it is in the text.
        const before = def.text.slice(0, at).replace(PLACEHOLDER_PATTERN, '');
        const after = def.text.slice(at + placeholder.length);
        const lead = def.stem === missingWordStem(def.text) ? '' : `${def.stem}<br>`;
        body = `::${escapeGift(q.name)}::[html]${escapeGift(lead + before)}${block}${escapeGift(after)}\n`;
      }
      break;
    }
    case 'numerical': {
      if (def.units && def.units.length > 0) throw new Skip('GIFT numerical questions have no units; export it as Moodle XML to keep its units.');
      const lines = def.answers.map((a) => `\t=%${percent(a.fraction)}%${a.value}:${a.tolerance}#${a.feedback ? sub(a.feedback) : ''}\n`);
      body = `${head(def.stem)}{#\n${lines.join('')}${generalFeedback(def, true)}}\n`;
      break;
    }
    case 'matching': {
      if (def.scoring !== 'partial') settings.push(['scoring', def.scoring]);
      const used = new Set(def.prompts.map((p) => p.choiceId));
      const text = (id: string): string => def.choices.find((c) => c.id === id)?.text ?? '';
      const lines = [
        ...def.prompts.map((p) => `\t=${sub(p.text.replace(/->/gu, '-&gt;'))} -> ${escapeGift(text(p.choiceId))}\n`),
        ...def.choices.filter((c) => !used.has(c.id)).map((c) => `\t= -> ${escapeGift(c.text)}\n`),
      ];
      body = `${head(def.stem)}{\n${lines.join('')}${generalFeedback(def, true)}}\n`;
      break;
    }
    case 'essay': {
      if (def.rubric) throw new Skip('GIFT essays have no rubric; export it as Moodle XML or keep it in Pathwise.');
      if (def.graderInfo) throw new Skip('GIFT essays have no information for graders; export it as Moodle XML to keep it.');
      if (def.responseFormat === 'short') settings.push(['response', 'short']);
      if (def.minWords !== undefined) settings.push(['min-words', def.minWords]);
      if (def.maxWords !== undefined) settings.push(['max-words', def.maxWords]);
      body = `${head(def.stem)}{${generalFeedback(def, false)}}\n`;
      break;
    }
    case 'ordering':
      throw new Skip('GIFT has no ordering questions; export it as Moodle XML or keep it in Pathwise.');
    case 'scenario':
      throw new Skip('GIFT has no scenario (case with sub-questions) questions; export it as Moodle XML (as a cloze question where possible) or keep it in Pathwise.');
  }
  return `${writeMetadataLine(q)}${writeSettingsLine(settings)}${body}\n`;
}

/** An accepted short answer: text with `*` escaped, or a regular expression that is a Moodle wildcard. */
function acceptedValue(a: AcceptedAnswer): string {
  if (a.kind === 'text') {
    const escaped = escapeGift(a.value).replace(/\*/gu, '\\*');
    return startsWithFormatMarker(a.value) ? `[plain]${escaped}` : escaped;
  }
  const wildcard = regexToWildcard(a.value);
  if (wildcard === undefined) throw new Skip(`The accepted answer /${a.value}/ is a regular expression; GIFT short answers only know the * wildcard.`);
  return escapeGift(wildcard);
}

/** The inverse of `wildcardToRegex`, or undefined when the pattern is not a plain wildcard. */
export function regexToWildcard(pattern: string): string | undefined {
  const pieces = pattern.split('.*');
  const literal = pieces.map((piece) => piece.replace(/\\([.*+?^${}()|[\]\\/-])/gu, '$1'));
  const candidate = literal.map((l) => l.replace(/\*/gu, '\\*')).join('*');
  return wildcardToRegex(candidate) === pattern ? candidate : undefined;
}
