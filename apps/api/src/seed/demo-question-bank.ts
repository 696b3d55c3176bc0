import type { Question } from '@pathwise/assessment';
import type { BloomLevel, Difficulty } from '@pathwise/contracts';

export interface DemoQuestion {
  category: string[];
  name: string;
  difficulty: Difficulty;
  bloom: BloomLevel;
  dimensions: string[];
  tags: string[];
  points?: number;
  definition: Question;
}

export const DEMO_BANK = { name: 'Product knowledge 产品知识', description: 'Demo bank: the trade-in programme, plans and service scripts' };

/** One question of every type, in the categories a contact centre would use, so every screen has something real to show. */
export const DEMO_QUESTIONS: DemoQuestion[] = [
  {
    category: ['Products 产品', 'Trade-in 以旧换新'],
    name: 'Trade-in: minimum battery health',
    difficulty: 2,
    bloom: 'remember',
    dimensions: ['product-knowledge'],
    tags: ['trade-in', 'launch-2026'],
    definition: {
      type: 'single_choice',
      stem: '<p>以旧换新活动中，旧手机电池健康度至少需要达到多少才能按 A 级估价？</p><p>What battery health must an old phone have to be valued as grade A?</p>',
      options: [
        { id: 'a', text: '70%', fraction: 0, feedback: '70% is the floor for grade C.' },
        { id: 'b', text: '80%', fraction: 0, feedback: '80% qualifies for grade B.' },
        { id: 'c', text: '85%', fraction: 1, feedback: 'Correct: grade A needs 85% or more.' },
        { id: 'd', text: '95%', fraction: 0 },
      ],
      shuffleOptions: true,
    },
  },
  {
    category: ['Products 产品', 'Trade-in 以旧换新'],
    name: 'Trade-in: documents the customer must bring',
    difficulty: 3,
    bloom: 'understand',
    dimensions: ['product-knowledge', 'compliance'],
    tags: ['trade-in'],
    definition: {
      type: 'multiple_choice',
      stem: '<p>Which documents must a customer bring to a store for a trade-in? 请选择所有正确答案。</p>',
      scoring: 'partial',
      options: [
        { id: 'id', text: 'ID card 身份证', fraction: 0.5 },
        { id: 'invoice', text: 'Original purchase invoice 购机发票', fraction: 0.5 },
        { id: 'box', text: 'Original box 包装盒', fraction: -0.5, feedback: 'The box is welcome but not required.' },
        { id: 'bill', text: 'Last phone bill 最近账单', fraction: -0.5 },
      ],
      shuffleOptions: true,
    },
  },
  {
    category: ['Products 产品', 'Trade-in 以旧换新'],
    name: 'Trade-in: locked phones',
    difficulty: 1,
    bloom: 'remember',
    dimensions: ['product-knowledge'],
    tags: ['trade-in'],
    definition: {
      type: 'true_false',
      stem: '<p>A phone still locked to the customer\'s cloud account can be traded in. 仍绑定云账户的手机可以参与以旧换新。</p>',
      correct: false,
      feedbackTrue: 'No: the account lock must be removed first, or the device cannot be resold.',
      feedbackFalse: 'Right: ask the customer to remove the account lock first.',
    },
  },
  {
    category: ['Products 产品', 'Plans 套餐'],
    name: 'Plans: data allowance of the Plus plan',
    difficulty: 2,
    bloom: 'remember',
    dimensions: ['product-knowledge'],
    tags: ['plans'],
    definition: {
      type: 'numerical',
      stem: '<p>How much monthly data does the Plus plan include? Plus 套餐每月包含多少流量？</p>',
      answers: [{ value: 30, tolerance: 0, fraction: 1, feedback: 'Plus includes 30 GB.' }],
      units: [
        { unit: 'GB', multiplier: 1 },
        { unit: 'MB', multiplier: 1024 },
      ],
      unitPolicy: 'optional',
      unitPenalty: 0.1,
    },
  },
  {
    category: ['Products 产品', 'Plans 套餐'],
    name: 'Plans: match the plan to its customer',
    difficulty: 3,
    bloom: 'apply',
    dimensions: ['product-knowledge', 'problem-solving'],
    tags: ['plans'],
    points: 3,
    definition: {
      type: 'matching',
      stem: '<p>Match each customer to the plan you would recommend. 为每位客户匹配最合适的套餐。</p>',
      scoring: 'partial',
      prompts: [
        { id: 'student', text: 'A student who streams video every day', choiceId: 'plus' },
        { id: 'senior', text: 'A senior who mostly makes calls', choiceId: 'basic' },
        { id: 'family', text: 'A family of four sharing data', choiceId: 'family' },
      ],
      choices: [
        { id: 'basic', text: 'Basic 基础套餐' },
        { id: 'plus', text: 'Plus 畅享套餐' },
        { id: 'family', text: 'Family 家庭套餐' },
        { id: 'roam', text: 'Roaming pack 漫游包' },
      ],
    },
  },
  {
    category: ['Service 服务', 'Scripts 话术'],
    name: 'Greeting: the required opening',
    difficulty: 1,
    bloom: 'remember',
    dimensions: ['communication'],
    tags: ['scripts'],
    definition: {
      type: 'fill_blank',
      stem: '<p>Complete the required greeting. 补全标准开场白。</p>',
      text: '<p>您好，[[company]]客服，工号 [[id]]，请问有什么可以帮您？</p>',
      blanks: [
        { id: 'company', accepted: [{ value: 'Pathwise', kind: 'text', fraction: 1 }, { value: '派思', kind: 'text', fraction: 1 }] },
        { id: 'id', accepted: [{ value: '^\\d{4}$', kind: 'regex', fraction: 1, feedback: 'Any four-digit staff number.' }] },
      ],
    },
  },
  {
    category: ['Service 服务', 'Complaints 投诉处理'],
    name: 'Complaints: order of the LEARN steps',
    difficulty: 3,
    bloom: 'understand',
    dimensions: ['complaint-handling', 'emotion-management'],
    tags: ['complaints'],
    points: 2,
    definition: {
      type: 'ordering',
      stem: '<p>Put the complaint-handling steps in order. 将投诉处理步骤按顺序排列。</p>',
      scoring: 'partial',
      items: [
        { id: 'listen', text: 'Listen without interrupting 倾听' },
        { id: 'empathise', text: 'Empathise 共情' },
        { id: 'apologise', text: 'Apologise for the experience 致歉' },
        { id: 'resolve', text: 'Resolve or escalate 解决或升级' },
        { id: 'notify', text: 'Notify the customer of the outcome 告知结果' },
      ],
    },
  },
  {
    category: ['Service 服务', 'Complaints 投诉处理'],
    name: 'Complaints: an angry customer about a late refund',
    difficulty: 4,
    bloom: 'evaluate',
    dimensions: ['complaint-handling', 'communication'],
    tags: ['complaints', 'open-answer'],
    points: 10,
    definition: {
      type: 'essay',
      stem: '<p>A customer calls for the third time: the trade-in refund promised within 7 days has not arrived after 12. Write what you would say in your first two replies, and what you would do after the call.</p>',
      responseFormat: 'long',
      minWords: 40,
      maxWords: 400,
      rubric: {
        criteria: [
          { id: 'empathy', description: 'Acknowledges the frustration and apologises sincerely', levels: [{ points: 0, description: 'Missing' }, { points: 2, description: 'Generic' }, { points: 4, description: 'Specific and sincere' }] },
          { id: 'ownership', description: 'Takes ownership with a concrete next step and time', levels: [{ points: 0, description: 'None' }, { points: 2, description: 'Vague' }, { points: 3, description: 'Concrete' }] },
          { id: 'follow-up', description: 'Escalates and records the case after the call', levels: [{ points: 0, description: 'None' }, { points: 3, description: 'Escalated and recorded' }] },
        ],
      },
      graderInfo: '<p>Full marks need the refund ticket to be escalated to finance with a callback promised within 24 hours.</p>',
    },
  },
  {
    category: ['Service 服务', 'Complaints 投诉处理'],
    name: 'Case: a trade-in valued lower than quoted',
    difficulty: 4,
    bloom: 'analyse',
    dimensions: ['complaint-handling', 'product-knowledge', 'problem-solving'],
    tags: ['trade-in', 'case'],
    points: 4,
    definition: {
      type: 'scenario',
      stem: '<p>Read the case and answer both parts.</p>',
      caseText:
        '<p>张女士在线上估价时得到 2,000 元报价，到店后手机因屏幕划痕被评为 B 级，只给 1,500 元。她很不满意，认为门店“临时压价”。</p><p>Ms Zhang was quoted ¥2,000 online; in store the phone was graded B for screen scratches and offered ¥1,500. She says the store is cutting the price on the spot.</p>',
      parts: [
        {
          id: 'grade',
          weight: 2,
          question: {
            type: 'single_choice',
            stem: '<p>What explains the difference?</p>',
            options: [
              { id: 'a', text: 'The online quote assumed grade A condition', fraction: 1 },
              { id: 'b', text: 'Store prices are lower than online prices', fraction: 0 },
              { id: 'c', text: 'The quote expired after 24 hours', fraction: 0 },
            ],
          },
        },
        {
          id: 'next',
          weight: 2,
          question: {
            type: 'true_false',
            stem: '<p>The agent may offer to re-grade the phone at another store if the customer disagrees.</p>',
            correct: true,
          },
        },
      ],
    },
  },
  {
    category: ['Service 服务', 'Compliance 合规'],
    name: 'Compliance: verifying identity before account changes',
    difficulty: 2,
    bloom: 'apply',
    dimensions: ['compliance', 'system-operation'],
    tags: ['compliance'],
    definition: {
      type: 'single_choice',
      stem: '<p>A caller asks to change the SIM on an account. What must you do first? 客户来电要求补换 SIM 卡，首先应该做什么？</p>',
      options: [
        { id: 'verify', text: 'Verify identity with the service password and two personal details', fraction: 1 },
        { id: 'name', text: 'Ask for the account holder\'s name', fraction: 0 },
        { id: 'sms', text: 'Send the new SIM number by SMS', fraction: 0 },
      ],
    },
  },
];
