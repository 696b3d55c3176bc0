export interface StartContext {
  now: Date;
  opensAt: Date | null;
  closesAt: Date | null;
  /** Attempts already started (open or finished). */
  attemptsUsed: number;
  /** Null = unlimited. */
  maxAttempts: number | null;
  /** When the agent's latest attempt was submitted, if any. */
  lastSubmittedAt: Date | null;
  cooldownSeconds: number;
}

export type StartBlocker =
  | { reason: 'not_open'; until: Date }
  | { reason: 'closed' }
  | { reason: 'no_attempts_left' }
  | { reason: 'cooldown'; until: Date };

/** Why an agent may not start a new attempt now, or null when it may. */
export function startBlocker(context: StartContext): StartBlocker | null {
  const now = context.now.getTime();
  if (context.opensAt && now < context.opensAt.getTime()) return { reason: 'not_open', until: context.opensAt };
  if (context.closesAt && now >= context.closesAt.getTime()) return { reason: 'closed' };
  if (context.maxAttempts !== null && context.attemptsUsed >= context.maxAttempts) return { reason: 'no_attempts_left' };
  if (context.lastSubmittedAt && context.cooldownSeconds > 0) {
    const until = context.lastSubmittedAt.getTime() + context.cooldownSeconds * 1000;
    if (now < until) return { reason: 'cooldown', until: new Date(until) };
  }
  return null;
}

/** The moment an attempt ends: its time limit or the exam's close, whichever comes first; null = no limit. */
export function attemptDeadline(startedAt: Date, timeLimitSeconds: number | null, closesAt: Date | null): Date | null {
  const byLimit = timeLimitSeconds ? startedAt.getTime() + timeLimitSeconds * 1000 : null;
  const candidates = [byLimit, closesAt?.getTime() ?? null].filter((t): t is number => t !== null);
  return candidates.length ? new Date(Math.min(...candidates)) : null;
}

/** Saves keep arriving for a few seconds after the deadline (a request in flight, a slow network): they count within the grace. */
export function acceptsAnswersAt(deadline: Date | null, now: Date, graceSeconds: number): boolean {
  return deadline === null || now.getTime() <= deadline.getTime() + graceSeconds * 1000;
}
