import type { QuestionType } from '@pathwise/assessment';

export type QuestionSheetColumnKey =
  | 'category'
  | 'type'
  | 'name'
  | 'question'
  | 'options'
  | 'answer'
  | 'scoring'
  | 'points'
  | 'difficulty'
  | 'bloom'
  | 'dimensions'
  | 'tags'
  | 'feedback'
  | 'id_number';

export interface QuestionSheetColumn {
  key: QuestionSheetColumnKey;
  /** Headings accepted besides the key (compared ignoring case, spaces, `_` and `-`, after NFKC). */
  aliases: readonly string[];
  required: boolean;
  /** XLSX column width in characters. */
  width: number;
  en: string;
  zh: string;
}

/** The flat layout: one row per question, these headings in the first row (any order). */
export const QUESTION_SHEET_COLUMNS: readonly QuestionSheetColumn[] = [
  {
    key: 'category',
    aliases: ['分类', '类别', '目录', 'category path'],
    required: false,
    width: 28,
    en: 'Category path, levels separated by " > " or "/", e.g. "Products > Trade-in". Empty: the top of the bank.',
    zh: '分类路径，层级用 " > " 或 "/" 分隔，例如 "产品 > 以旧换新"。留空表示题库顶层。',
  },
  {
    key: 'type',
    aliases: ['题型', '类型', 'question type'],
    required: true,
    width: 16,
    en: 'single_choice, multiple_choice, true_false, fill_blank, numerical, matching, ordering or essay (also 单选, 多选, 判断, 填空, 数值, 匹配, 排序, 问答).',
    zh: '题型：single_choice 单选、multiple_choice 多选、true_false 判断、fill_blank 填空、numerical 数值、matching 匹配、ordering 排序、essay 问答。',
  },
  {
    key: 'name',
    aliases: ['名称', '题目名称', '标题', 'title', 'question name'],
    required: false,
    width: 24,
    en: 'Short name shown in the bank. Empty: the first words of the question.',
    zh: '题目名称（题库列表中显示）。留空则取题干开头。',
  },
  {
    key: 'question',
    aliases: ['题干', '题目', '问题', '试题', 'stem', 'question text', 'text'],
    required: true,
    width: 50,
    en: 'The question text. Fill-in: the sentence with [[1]], [[2]] where the blanks go; an optional instruction may come first, separated by an empty line.',
    zh: '题干。填空题：在空格处写 [[1]]、[[2]]；可在前面写一段说明，与填空句之间空一行。',
  },
  {
    key: 'options',
    aliases: ['选项', 'choices', 'items'],
    required: false,
    width: 40,
    en: 'One per line (Alt+Enter) or separated by "|". Choice: the option texts (A, B, C… in this order). Matching: "prompt => match"; "=> match" alone adds a distractor. Ordering: the items in the correct order.',
    zh: '每行一个（Alt+Enter 换行）或用 "|" 分隔。选择题：选项文字（依次为 A、B、C…）。匹配题："题项 => 答案"，只写 "=> 答案" 为干扰项。排序题：按正确顺序列出。',
  },
  {
    key: 'answer',
    aliases: ['答案', '正确答案', '参考答案', 'correct answer', 'key'],
    required: false,
    width: 28,
    en: 'Choice: letters "A" or "A,C" (or option numbers); credit per option "A:50%, B:50%, D:-100%". True/false: true/false, T/F, 对/错. Fill-in: "1: answer; alternative | 2: answer" ("/regex/" for a pattern). Numerical: "3.14 ± 0.01" or "3.14:0.01", several separated by "|" with credit "3 ± 0.5 (50%)". Essay: "long" or "short", optional word limits "long, 50-200".',
    zh: '选择题：字母 "A" 或 "A,C"（或选项序号），按选项给分 "A:50%, B:50%"。判断题：对/错、true/false、T/F。填空题："1: 答案; 备选 | 2: 答案"（"/正则/" 表示正则）。数值题："3.14 ± 0.01" 或 "3.14:0.01"。问答题："long" 或 "short"，可加字数 "long, 50-200"。',
  },
  {
    key: 'scoring',
    aliases: ['计分', '计分方式', '评分方式', 'scoring rule'],
    required: false,
    width: 16,
    en: 'Multiple choice, matching, ordering: all_or_nothing (全对才得分) or partial (部分得分); multiple choice also weighted. Defaults: multiple choice and ordering all_or_nothing, matching partial.',
    zh: '多选、匹配、排序题的计分方式：all_or_nothing 全对才得分，partial 部分得分；多选题还可用 weighted 按选项给分。',
  },
  {
    key: 'points',
    aliases: ['分值', '分数', '默认分值', 'default points', 'mark', 'marks'],
    required: false,
    width: 8,
    en: 'Default points when the question is used in an exam (default 1).',
    zh: '默认分值（默认 1 分）。',
  },
  {
    key: 'difficulty',
    aliases: ['难度'],
    required: false,
    width: 10,
    en: 'Difficulty 1 (easiest) to 5 (hardest), or empty.',
    zh: '难度 1（最易）到 5（最难），可留空。',
  },
  {
    key: 'bloom',
    aliases: ['布鲁姆', '认知层次', '认知水平', 'bloom level'],
    required: false,
    width: 12,
    en: "Bloom level: remember, understand, apply, analyse, evaluate, create (or 记忆, 理解, 应用, 分析, 评价, 创造).",
    zh: '布鲁姆认知层次：记忆 remember、理解 understand、应用 apply、分析 analyse、评价 evaluate、创造 create。',
  },
  {
    key: 'dimensions',
    aliases: ['能力维度', '维度', 'dimension', 'capability dimensions'],
    required: false,
    width: 22,
    en: 'Capability dimension codes separated by ",", e.g. "product-knowledge, compliance".',
    zh: '能力维度代码，用 "," 分隔，例如 "product-knowledge, compliance"。',
  },
  {
    key: 'tags',
    aliases: ['标签', 'tag'],
    required: false,
    width: 22,
    en: 'Tags separated by ",".',
    zh: '标签，用 "," 分隔。',
  },
  {
    key: 'feedback',
    aliases: ['反馈', '解析', '答案解析', 'general feedback', 'explanation'],
    required: false,
    width: 36,
    en: 'General feedback shown after answering.',
    zh: '答题后显示的解析。',
  },
  {
    key: 'id_number',
    aliases: ['编号', '题号', 'id', 'idnumber', 'question id'],
    required: false,
    width: 14,
    en: 'Your own reference for the question (optional).',
    zh: '题目编号（可选）。',
  },
];

/** Types the flat layout can express; scenarios cannot be written in one row. */
export type SheetQuestionType = Exclude<QuestionType, 'scenario'>;

const TYPE_ALIASES: Record<string, SheetQuestionType> = {
  singlechoice: 'single_choice',
  single: 'single_choice',
  multichoice: 'single_choice',
  单选: 'single_choice',
  单选题: 'single_choice',
  multiplechoice: 'multiple_choice',
  multiple: 'multiple_choice',
  multichoiceset: 'multiple_choice',
  多选: 'multiple_choice',
  多选题: 'multiple_choice',
  truefalse: 'true_false',
  tf: 'true_false',
  判断: 'true_false',
  判断题: 'true_false',
  fillblank: 'fill_blank',
  fillintheblank: 'fill_blank',
  shortanswer: 'fill_blank',
  填空: 'fill_blank',
  填空题: 'fill_blank',
  numerical: 'numerical',
  numeric: 'numerical',
  number: 'numerical',
  数值: 'numerical',
  数值题: 'numerical',
  计算: 'numerical',
  matching: 'matching',
  match: 'matching',
  匹配: 'matching',
  匹配题: 'matching',
  连线: 'matching',
  连线题: 'matching',
  ordering: 'ordering',
  order: 'ordering',
  排序: 'ordering',
  排序题: 'ordering',
  essay: 'essay',
  问答: 'essay',
  问答题: 'essay',
  简答: 'essay',
  简答题: 'essay',
  论述: 'essay',
  论述题: 'essay',
};

/** "Display Name", "display-name", "DisplayName" and "ＥＭＡＩＬ" all name the same thing. */
export function headingKey(heading: string): string {
  return heading.normalize('NFKC').toLowerCase().replace(/[\s_\-/]+/gu, '');
}

export function readType(raw: string): SheetQuestionType | undefined {
  return TYPE_ALIASES[headingKey(raw)];
}

const COLUMN_BY_KEY = new Map<string, QuestionSheetColumnKey>();
for (const column of QUESTION_SHEET_COLUMNS) {
  for (const name of [column.key, ...column.aliases]) COLUMN_BY_KEY.set(headingKey(name), column.key);
}

export function columnForHeading(heading: string): QuestionSheetColumnKey | undefined {
  return COLUMN_BY_KEY.get(headingKey(heading));
}
