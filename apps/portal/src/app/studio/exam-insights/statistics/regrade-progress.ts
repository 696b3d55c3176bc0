import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RegradeProgress } from '@pathwise/contracts';
import {
  Observable,
  catchError,
  map,
  of,
  scan,
  startWith,
  switchMap,
  takeWhile,
  tap,
  timer,
} from 'rxjs';
import { I18nService, MessageKey } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { errorMessageKey } from '../../../shared/api-error';
import { ExamInsightsApi } from '../exam-insights-api';
import { regradeFinished, regradePercent } from './regrade-run';

const POLL_MS = 1000;

type Poll = { run: RegradeProgress } | { error: unknown };

interface Watched {
  run: RegradeProgress;
  error: unknown;
}

/** One regrade run, polled until it is done or failed, as a progress bar and a sentence. */
@Component({
  selector: 'app-regrade-progress',
  imports: [MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      padding: 12px 16px;
      border-radius: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container-low);
    }
    .title {
      font: var(--mat-sys-title-small);
      margin: 0 0 8px;
    }
    .status {
      margin: 8px 0 0;
    }
    .status[data-status='failed'],
    .error {
      color: var(--mat-sys-error);
    }
  `,
  template: `
    @let w = watched();
    <p class="title">
      {{
        'insights.regrade.for'
          | t: { name: questionName(), version: w.run.toVersion }
      }}
    </p>
    <mat-progress-bar
      mode="determinate"
      [value]="percent()"
      [attr.aria-label]="
        'insights.regrade.progressLabel' | t: { name: questionName() }
      "
    />
    <p
      class="status"
      aria-live="polite"
      [attr.data-status]="w.run.status"
      data-testid="regrade-status"
    >
      {{ statusText() }}
    </p>
    @if (errorKey(); as key) {
      <p class="error" role="alert">{{ key | t }}</p>
    }
  `,
  host: {
    '[attr.data-testid]': "'regrade-' + run().questionId",
    '[attr.data-status]': 'watched().run.status',
  },
})
export class RegradeProgressView {
  private readonly api = inject(ExamInsightsApi);
  private readonly i18n = inject(I18nService);

  /** The run as it started. */
  readonly run = input.required<RegradeProgress>();
  readonly questionName = input.required<string>();
  /** Once, when the run is done or failed. */
  readonly finished = output<RegradeProgress>();

  private readonly polled = toSignal(
    toObservable(this.run).pipe(switchMap((run) => this.watch(run))),
    { initialValue: null },
  );
  protected readonly watched = computed<Watched>(
    () => this.polled() ?? { run: this.run(), error: null },
  );
  protected readonly percent = computed(() =>
    regradePercent(this.watched().run),
  );
  protected readonly errorKey = computed<MessageKey | null>(() => {
    const error = this.watched().error;
    return error ? errorMessageKey(error) : null;
  });
  protected readonly statusText = computed(() => {
    const { status, total, done, changed } = this.watched().run;
    switch (status) {
      case 'queued':
        return this.i18n.t('insights.regrade.queued', { total });
      case 'running':
        return this.i18n.t('insights.regrade.running', {
          done,
          total,
          changed,
        });
      case 'done':
        return total === 0
          ? this.i18n.t('insights.regrade.nothing')
          : this.i18n.t('insights.regrade.done', { total, changed });
      case 'failed':
        return this.i18n.t('insights.regrade.failed', { done, total });
    }
  });

  private watch(start: RegradeProgress): Observable<Watched> {
    const initial: Watched = { run: start, error: null };
    if (regradeFinished(start)) {
      this.finished.emit(start);
      return of(initial);
    }
    return timer(POLL_MS, POLL_MS).pipe(
      switchMap(() =>
        this.api.regradeProgress(start.id).pipe(
          map((run): Poll => ({ run })),
          // A failed poll is shown and retried on the next tick.
          catchError((error: unknown) => of<Poll>({ error })),
        ),
      ),
      scan(
        (state: Watched, poll: Poll): Watched =>
          'run' in poll
            ? { run: poll.run, error: null }
            : { ...state, error: poll.error },
        initial,
      ),
      takeWhile((state) => !regradeFinished(state.run), true),
      tap((state) => {
        if (regradeFinished(state.run)) this.finished.emit(state.run);
      }),
      startWith(initial),
    );
  }
}
