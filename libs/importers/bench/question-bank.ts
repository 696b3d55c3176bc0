import { validateQuestion, type Question } from '@pathwise/assessment';
import type { ExportableQuestion } from '../src';

const CATEGORIES = [['Products', 'Mobile plans'], ['Products', 'Trade-in'], ['Products', 'Broadband'], ['Complaints', 'Refunds'], ['Systems', 'CRM']];
const DIMENSIONS = ['product-knowledge', 'communication', 'complaint-handling', 'system-operation', 'compliance'];

/**
 * A realistic 5,000-question bank: every type a product exam uses, Chinese and English text, categories
 * and metadata, limited to what all three formats can carry so each file holds the same 5,000 questions.
 */
export function generateBank(size: number): ExportableQuestion[] {
  return Array.from({ length: size }, (_, index) => {
    const question = definition(index);
    const checked = validateQuestion(question);
    if (!checked.ok) throw new Error(`bench fixture ${index} is invalid: ${JSON.stringify(checked.problems)}`);
    return {
      name: `Q${String(index + 1).padStart(5, '0')} ${question.type}`,
      categoryPath: CATEGORIES[index % CATEGORIES.length],
      tags: [`launch-${2026 + (index % 2)}`],
      difficulty: ((index % 5) + 1) as 1 | 2 | 3 | 4 | 5,
      bloom: (['remember', 'understand', 'apply', 'analyse'] as const)[index % 4],
      dimensions: [DIMENSIONS[index % DIMENSIONS.length]],
      defaultPoints: 1 + (index % 3),
      idNumber: `BENCH-${index + 1}`,
      question: checked.question,
      files: [],
    };
  });
}

function definition(index: number): Question {
  const plan = `套餐 ${index}`;
  switch (index % 7) {
    case 0:
      return {
        type: 'single_choice',
        stem: `<p>Which monthly fee applies to ${plan} after the trade-in discount?</p>`,
        options: [
          { id: 'a', text: '¥59', fraction: 1 },
          { id: 'b', text: '¥118', fraction: 0 },
          { id: 'c', text: '¥99', fraction: 0 },
          { id: 'd', text: '¥0', fraction: 0 },
        ],
      } as unknown as Question;
    case 1:
      return {
        type: 'multiple_choice',
        scoring: 'weighted',
        stem: `<p>客户办理${plan}需要出示哪些证件？</p>`,
        options: [
          { id: 'a', text: '身份证', fraction: 0.5 },
          { id: 'b', text: '护照', fraction: 0.5 },
          { id: 'c', text: '会员卡', fraction: -0.5 },
          { id: 'd', text: '水电费账单', fraction: 0 },
        ],
      } as unknown as Question;
    case 2:
      return { type: 'true_false', stem: `<p>Refunds for ${plan} are paid within 3 working days.</p>`, correct: index % 2 === 0 } as unknown as Question;
    case 3:
      return {
        type: 'fill_blank',
        stem: '<p>Complete the greeting.</p>',
        text: 'Thank you for calling [[brand]] customer service.',
        blanks: [{ id: 'brand', accepted: [{ value: 'Pathwise Mobile', kind: 'text', fraction: 1 }, { value: 'Pathwise 移动', kind: 'text', fraction: 1 }] }],
      } as unknown as Question;
    case 4:
      return { type: 'numerical', stem: `<p>How many days does a customer have to return a device bought with ${plan}?</p>`, answers: [{ value: 7, tolerance: 0, fraction: 1 }], unitPolicy: 'optional' } as unknown as Question;
    case 5:
      return {
        type: 'matching',
        scoring: 'partial',
        stem: '<p>Match each complaint to the team that owns it.</p>',
        prompts: [
          { id: 'p1', text: 'Double billing', choiceId: 'c1' },
          { id: 'p2', text: 'No signal at home', choiceId: 'c2' },
          { id: 'p3', text: 'Broken handset', choiceId: 'c3' },
        ],
        choices: [
          { id: 'c1', text: 'Billing' },
          { id: 'c2', text: 'Network' },
          { id: 'c3', text: 'Device repair' },
        ],
      } as unknown as Question;
    default:
      return { type: 'essay', stem: `<p>A customer on ${plan} is angry about a roaming charge. Write your reply.</p>`, responseFormat: 'long' } as unknown as Question;
  }
}
