/**
 * The GIFT syntax of Moodle's ordering question type (qtype_ordering), which Moodle reads before
 * the standard types: `{>count [select] [layout] [grading] [show] [numbering]` on the first line,
 * then one item per line in the right order. Moodle writes every keyword; all are optional.
 */
export interface GiftOrdering {
  selectCount: number;
  selectType: string;
  gradingType: string;
  items: string[];
}

/** Keyword slots in the order Moodle reads them; a slot whose keyword is absent is skipped. */
const SLOTS: { key?: 'selectType' | 'gradingType'; words: RegExp }[] = [
  { key: 'selectType', words: /^(ALL|EXACT|RANDOM|REL|CONTIGUOUS|CONTIG)$/iu },
  { words: /^(HORIZONTAL|HORI|H|1|VERTICAL|VERT|V|0)$/iu },
  {
    key: 'gradingType',
    words:
      /^(ALL_OR_NOTHING|ABSOLUTE_POSITION|ABSOLUTE|ABS|RELATIVE_NEXT_EXCLUDE_LAST|RELATIVE_NEXT_INCLUDE_LAST|RELATIVE_ONE_PREVIOUS_AND_NEXT|RELATIVE_ALL_PREVIOUS_AND_NEXT|RELATIVE_TO_CORRECT|RELATIVE|REL|LONGEST_ORDERED_SUBSET|LONGEST_CONTIGUOUS_SUBSET)$/iu,
  },
  { words: /^(SHOW|TRUE|YES|1|HIDE|FALSE|NO|0)$/iu },
  { words: /^(none|abc|ABCD|123|iii|IIII)$/u },
];

/** The answer block (without braces) as an ordering, or undefined when it is not one. */
export function readGiftOrdering(answerText: string): GiftOrdering | undefined {
  const head = /^>\s*(\d+)/u.exec(answerText);
  if (!head) return undefined;
  const [firstLine, ...lines] = answerText.slice(head[0].length).split('\n');
  const tokens = firstLine.trim().split(/\s+/u).filter(Boolean);
  const ordering: GiftOrdering = { selectCount: Number(head[1]), selectType: 'RANDOM', gradingType: 'RELATIVE_NEXT_EXCLUDE_LAST', items: [] };
  for (const slot of SLOTS) {
    if (tokens.length > 0 && slot.words.test(tokens[0])) {
      const word = tokens.shift() as string;
      if (slot.key) ordering[slot.key] = word.toUpperCase();
    }
  }
  ordering.items = [tokens.join(' '), ...lines].map((line) => line.trim()).filter((line) => line !== '');
  return ordering;
}
