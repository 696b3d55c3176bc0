import { ErrorCode } from '@pathwise/contracts';
import { DomainException } from './domain.exception';

const UNIQUE_CODES = new Set(['ER_DUP_ENTRY', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

/**
 * Two requests creating the same thing at the same moment both pass the "is it free?" check; the
 * unique index stops the second. That is a conflict for the caller, not a server error.
 * `byConstraint` maps an index name (MySQL names it) or `table.column` (SQLite names that) to the error to raise.
 */
export function translateUniqueViolation(error: unknown, byConstraint: Record<string, () => DomainException>): unknown {
  if (!isUniqueViolation(error)) return error;
  const text = String((error as Error).message);
  const match = Object.entries(byConstraint).find(([constraint]) => text.includes(constraint));
  return match ? match[1]() : new DomainException(ErrorCode.Conflict, 'This conflicts with a change made at the same moment. Reload and try again.');
}

export function isUniqueViolation(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string } })?.driverError;
  const code = driverError?.code ?? (error as { code?: string })?.code;
  return Boolean(code && UNIQUE_CODES.has(code));
}
