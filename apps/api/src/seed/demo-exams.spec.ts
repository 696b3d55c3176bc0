import { DEMO_EXAMS } from './demo-exams';
import { DEMO_QUESTIONS } from './demo-question-bank';

describe('demo exams', () => {
  it('use only questions of the demo bank, each once', () => {
    const names = new Set(DEMO_QUESTIONS.map((q) => q.name));
    for (const exam of DEMO_EXAMS) {
      expect(exam.questions.filter((name) => !names.has(name))).toEqual([]);
      expect(new Set(exam.questions).size).toBe(exam.questions.length);
    }
  });

  it('keep manual grading out of the practice exam, so its result is immediate', () => {
    const manual = new Set(DEMO_QUESTIONS.filter((q) => q.definition.type === 'essay' || q.definition.type === 'scenario').map((q) => q.name));
    const practice = DEMO_EXAMS.filter((exam) => exam.purpose === 'practice');
    expect(practice.length).toBeGreaterThan(0);
    for (const exam of practice) expect(exam.questions.filter((name) => manual.has(name))).toEqual([]);
  });
});
