import { Injectable } from '@nestjs/common';
import { drawQuestions, shuffle } from '@pathwise/assessment';
import { ErrorCode } from '@pathwise/contracts';
import { EntityManager, In } from 'typeorm';
import { DomainException } from '../common/domain.exception';
import { drawFilter } from '../exams/exam-plan';
import { Exam } from '../exams/exam.entity';
import { QuestionSearchService } from '../questions/question-search.service';
import { QuestionVersion } from '../questions/question-version.entity';
import { Question } from '../questions/question.entity';
import { AttemptQuestion } from './attempt-question.entity';

export type PlannedQuestion = Omit<AttemptQuestion, 'attemptId'>;

/**
 * Turns an exam into the exact questions of one attempt, from the attempt's seed: fixed questions,
 * then each draw from the active questions matching it, preferring ones this agent has not seen in
 * earlier attempts; shuffled within each section when the exam says so. Every question is pinned
 * to its current version.
 */
@Injectable()
export class AttemptBuilder {
  constructor(private readonly search: QuestionSearchService) {}

  async plan(manager: EntityManager, exam: Exam, seed: string, seen: ReadonlySet<string>): Promise<PlannedQuestion[]> {
    const chosen = new Set<string>();
    const sections: { questionId: string; points: number }[][] = [];
    for (const [s, section] of exam.sections.entries()) {
      const picked: { questionId: string; points: number }[] = [];
      for (const [i, item] of section.items.entries()) {
        if (item.kind === 'fixed') {
          if (chosen.has(item.questionId)) continue;
          chosen.add(item.questionId);
          picked.push({ questionId: item.questionId, points: item.points });
          continue;
        }
        const pool = (await this.search.matchingIds(item.bankId, drawFilter(item))).filter((id) => !chosen.has(id)).map((id) => ({ id }));
        const draw = drawQuestions(pool, { count: item.count }, `${seed}:${s}:${i}`, { avoidIds: seen });
        if (draw.shortfall > 0) {
          throw new DomainException(ErrorCode.Conflict, `The exam cannot be started: section ${s + 1} asks for ${item.count} questions but only ${pool.length} are available; tell your trainer`);
        }
        for (const { id } of draw.questions) {
          chosen.add(id);
          picked.push({ questionId: id, points: item.points });
        }
      }
      sections.push(exam.shuffleQuestions ? shuffle(picked, `${seed}:section:${s}`) : picked);
    }
    const ids = sections.flat().map((q) => q.questionId);
    if (!ids.length) throw new DomainException(ErrorCode.Conflict, 'The exam has no questions yet');
    const versions = await this.currentVersions(manager, ids);
    let position = 0;
    return sections.flatMap((questions, section) =>
      questions.map((q) => ({ position: ++position, section, questionId: q.questionId, questionVersionId: versions.get(q.questionId) as string, points: q.points })),
    );
  }

  private async currentVersions(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
    const map = new Map<string, string>();
    for (let start = 0; start < ids.length; start += 500) {
      const slice = ids.slice(start, start + 500);
      const rows = await manager
        .createQueryBuilder(QuestionVersion, 'v')
        .innerJoin(Question, 'q', 'q.id = v.question_id AND q.current_version = v.version')
        .where({ questionId: In(slice) })
        .select(['v.id', 'v.questionId'])
        .getMany();
      for (const row of rows) map.set(row.questionId, row.id);
    }
    const missing = ids.filter((id) => !map.has(id));
    if (missing.length) throw new DomainException(ErrorCode.Conflict, 'A question of this exam no longer exists; tell your trainer');
    return map;
  }
}
