/** The brief's default capability dimensions; admins may change them later. */
export const DEFAULT_DIMENSIONS = [
  { code: 'product-knowledge', nameEn: 'Product knowledge', nameZh: '产品知识' },
  { code: 'communication', nameEn: 'Communication', nameZh: '沟通技巧' },
  { code: 'problem-solving', nameEn: 'Problem solving', nameZh: '问题解决' },
  { code: 'emotion-management', nameEn: 'Emotion management', nameZh: '情绪管理' },
  { code: 'complaint-handling', nameEn: 'Complaint handling', nameZh: '投诉处理' },
  { code: 'system-operation', nameEn: 'System operation', nameZh: '系统操作' },
  { code: 'compliance', nameEn: 'Compliance', nameZh: '合规' },
] as const;
