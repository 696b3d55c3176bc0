import { QUESTION_SHEET_COLUMNS, type QuestionSheetColumnKey } from './columns';
import { sheetCsv, sheetXlsx } from './export-question-sheet';
import type { SheetRow } from './question-to-row';

type Example = Partial<Record<QuestionSheetColumnKey, string | number>>;

/** One example per supported type, contact-centre content, some in Chinese. */
const EXAMPLES: Example[] = [
  {
    category: 'Products > Trade-in',
    type: 'single_choice',
    name: 'Trade-in plan',
    question: 'Which plan includes a free trade-in?',
    options: 'Basic\nPlus\nPremium',
    answer: 'B',
    points: 1,
    difficulty: 2,
    bloom: 'remember',
    dimensions: 'product-knowledge',
    tags: 'trade-in, plans',
    feedback: 'Only Plus includes a free trade-in.',
    id_number: 'TI-001',
  },
  {
    category: '合规 > 身份验证',
    type: '多选',
    name: '身份证明文件',
    question: '以下哪些文件可以用于核实客户身份？',
    options: '身份证\n护照\n水电费账单\n会员卡',
    answer: 'A,B',
    scoring: 'partial',
    points: 2,
    difficulty: 3,
    bloom: '理解',
    dimensions: 'compliance',
    tags: '身份验证',
    feedback: '只有带照片的政府证件可以核实身份。',
  },
  {
    category: 'Policies / Refunds',
    type: 'true_false',
    question: 'A refund to a credit card takes up to 5 working days.',
    answer: 'true',
    difficulty: 1,
    dimensions: 'compliance',
    tags: 'refunds',
  },
  {
    category: 'Calls > Greeting',
    type: 'fill_blank',
    name: 'Standard greeting',
    question: 'Complete the standard greeting.\n\nThank you for calling [[1]], my name is [[2]].',
    answer: '1: Pathwise Mobile; Pathwise\n2: /[A-Z][a-z]+/',
    bloom: 'apply',
    dimensions: 'communication',
  },
  {
    category: 'Products > Data plans',
    type: 'numerical',
    question: 'A customer used 12.5 GB of a 20 GB plan. How many GB are left?',
    answer: '7.5 ± 0.1',
    difficulty: 2,
    bloom: 'apply',
    dimensions: 'product-knowledge',
  },
  {
    category: '流程 > 投诉处理',
    type: '匹配',
    question: '将客户问题与处理部门匹配。',
    options: '账单争议 => 财务部\n网络故障 => 技术支持\n投诉升级 => 客户关系部\n=> 市场部',
    scoring: 'partial',
    dimensions: 'system-operation',
  },
  {
    category: 'Calls > Complaint handling',
    type: 'ordering',
    question: 'Put the steps of handling a complaint in order.',
    options: 'Listen without interrupting\nApologise and empathise\nAgree on a solution\nConfirm and follow up',
    scoring: 'partial',
    bloom: 'understand',
    dimensions: 'communication',
  },
  {
    category: 'Calls > Complaint handling',
    type: 'essay',
    question: 'A customer is angry about a double charge. Describe how you would handle the call.',
    answer: 'long, 50-200',
    points: 5,
    difficulty: 4,
    bloom: 'evaluate',
    dimensions: 'communication, emotion-management',
    feedback: 'A good answer acknowledges the problem, checks the account and agrees on a refund.',
  },
];

const ROWS: SheetRow[] = EXAMPLES.map((example) => Object.fromEntries(QUESTION_SHEET_COLUMNS.map((c) => [c.key, example[c.key] ?? ''])) as SheetRow);

/** The CSV template the portal offers for download (UTF-8 with a BOM, CRLF). */
export const QUESTION_SHEET_TEMPLATE_CSV: string = new TextDecoder('utf-8', { ignoreBOM: true }).decode(sheetCsv(ROWS));

/** The XLSX template: the same examples, plus the Instructions 说明 sheet. */
export function questionSheetTemplateXlsx(): Promise<Uint8Array> {
  return sheetXlsx(ROWS);
}
