export * from './attempt-result';
export * from './attempt-rules';
export * from './grading-method';
export * from './item-statistics';
export * from './review-policy';
export * from './option-distribution';
export * from './exam-overview';
