import type { ScoreStatus } from '../model';

export interface PartOutcome {
  id: string;
  /** Share of the part's credit earned, in [0, 1]. */
  fraction: number;
  /** Relative size of the part; parts share the question's points in proportion. */
  weight: number;
  status: ScoreStatus;
  feedback?: string;
}

/** A type scorer's verdict before it is turned into points. */
export interface Outcome {
  status: ScoreStatus;
  fraction: number;
  feedback: string[];
  parts: PartOutcome[];
}

export function graded(fraction: number, feedback: (string | undefined)[] = [], parts: PartOutcome[] = []): Outcome {
  return { status: 'graded', fraction: clamp01(fraction), feedback: compact(feedback), parts };
}

export function clamp01(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

export function compact(values: (string | undefined)[]): string[] {
  return values.filter((v): v is string => typeof v === 'string' && v.length > 0);
}

/** Reads an answer field without trusting its shape: scoring must never throw. */
export function field(answer: unknown, key: string): unknown {
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return undefined;
  return Object.prototype.hasOwnProperty.call(answer, key) ? (answer as Record<string, unknown>)[key] : undefined;
}

export function stringField(answer: unknown, key: string): string | undefined {
  const value = field(answer, key);
  return typeof value === 'string' ? value : undefined;
}

export function stringList(answer: unknown, key: string): string[] {
  const value = field(answer, key);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
