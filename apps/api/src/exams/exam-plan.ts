import type { DrawExamItem, ExamSection } from '@pathwise/contracts';
import type { QuestionFilter } from '../questions/question-search.service';

/** The bank filter a blueprint draw stands for: active questions only. */
export function drawFilter(item: DrawExamItem): QuestionFilter {
  const min = item.minDifficulty ?? 1;
  const max = item.maxDifficulty ?? 5;
  const difficulty = item.minDifficulty || item.maxDifficulty ? ([1, 2, 3, 4, 5] as const).filter((d) => d >= min && d <= max) : undefined;
  return {
    status: ['active'],
    ...(item.categoryId && { categoryId: item.categoryId, includeSubcategories: item.includeSubcategories ?? true }),
    ...(item.dimension && { dimension: item.dimension }),
    ...(difficulty && { difficulty: [...difficulty] }),
    ...(item.types?.length && { type: item.types }),
    ...(item.tags?.length && { anyTags: item.tags }),
  };
}

/** Questions an attempt holds as planned: one per fixed item, `count` per draw. */
export function plannedQuestionCount(sections: readonly ExamSection[]): number {
  return sections.reduce((sum, s) => sum + s.items.reduce((n, item) => n + (item.kind === 'draw' ? item.count : 1), 0), 0);
}
