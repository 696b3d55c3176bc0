/**
 * Moodle ordering settings Pathwise has no field for, shared by the Moodle XML and GIFT readers:
 * the grading type decides all-or-nothing versus partial credit, anything else is a note.
 */

/** Grading types whose partial credit Pathwise reproduces (its own is the longest ordered run). */
const SAME_CREDIT = new Set(['ALL_OR_NOTHING', '-1', 'LONGEST_ORDERED_SUBSET']);

export function orderingScoring(gradingType: string, notes: string[]): 'all_or_nothing' | 'partial' {
  const grading = gradingType.trim().toUpperCase();
  if (grading !== '' && !SAME_CREDIT.has(grading)) {
    notes.push(`Moodle graded this ordering by "${grading}"; Pathwise gives partial credit for the longest run of items in the right order.`);
  }
  return grading === 'ALL_OR_NOTHING' || grading === '-1' ? 'all_or_nothing' : 'partial';
}

/** Moodle can show learners a random or contiguous subset of the items; Pathwise always shows them all. */
export function orderingSelectionNote(selectType: string, count: number, items: number, notes: string[]): void {
  const select = selectType.trim().toUpperCase();
  if (['RANDOM', 'CONTIGUOUS', 'REL', 'CONTIG', '1', '2'].includes(select) && count > 0 && count < items) {
    notes.push(`Moodle showed ${count} of the ${items} items; Pathwise shows them all.`);
  }
}
