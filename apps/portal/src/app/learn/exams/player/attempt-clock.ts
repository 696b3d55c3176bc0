import { Signal, computed, signal } from '@angular/core';
import {
  clockOffset,
  formatRemaining,
  remainingMs,
  remainingParts,
  timeWarning,
} from './countdown';

/** The attempt's countdown as signals, kept on the server's clock by every response that carries its time. */
export class AttemptClock {
  private readonly offset = signal(0);
  private readonly now = signal(Date.now());

  /** Milliseconds left, or null for an untimed attempt. */
  readonly remaining: Signal<number | null>;
  readonly display: Signal<{
    text: string;
    parts: ReturnType<typeof remainingParts>;
  } | null>;
  readonly warning: Signal<ReturnType<typeof timeWarning>>;

  constructor(deadline: Signal<string | null>) {
    this.remaining = computed(() =>
      remainingMs(deadline(), this.now(), this.offset()),
    );
    this.display = computed(() => {
      const ms = this.remaining();
      return ms === null
        ? null
        : { text: formatRemaining(ms), parts: remainingParts(ms) };
    });
    this.warning = computed(() => timeWarning(this.remaining()));
  }

  /** A response's `serverNow`, measured as it arrives. */
  sync(serverNow: string): void {
    this.offset.set(clockOffset(serverNow, Date.now()));
  }

  tick(): void {
    this.now.set(Date.now());
  }
}
