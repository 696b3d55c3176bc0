import type { QuestionBase, RichText } from './common';

export interface NumericalAnswer {
  value: number;
  /** Absolute, in the base unit. */
  tolerance: number;
  fraction: number;
  feedback?: RichText;
}

/**
 * Moodle's convention: the base unit has multiplier 1, and a value in another unit equals the
 * base value times its multiplier (kg 1, g 1000: 1 kg = 1000 g).
 */
export interface NumericalUnit {
  unit: string;
  multiplier: number;
}

export interface NumericalQuestion extends QuestionBase {
  type: 'numerical';
  answers: NumericalAnswer[];
  units?: NumericalUnit[];
  unitPolicy: 'optional' | 'required';
  /** Share of the earned credit lost when a required unit is missing, or any unit is unknown. */
  unitPenalty: number;
}
