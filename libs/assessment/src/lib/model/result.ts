export type ScoreStatus = 'graded' | 'pending';

export interface PartScore {
  id: string;
  points: number;
  maxPoints: number;
  status: ScoreStatus;
  feedback?: string;
}

export interface ScoreResult {
  status: ScoreStatus;
  points: number;
  maxPoints: number;
  fraction: number;
  parts: PartScore[];
  feedback: string[];
}
