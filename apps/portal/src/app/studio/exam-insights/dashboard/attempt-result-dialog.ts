import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { CapabilityDimension } from '@pathwise/contracts';
import { catchError, of } from 'rxjs';
import { I18nService, MessageKey } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { errorMessageKey } from '../../../shared/api-error';
import { loadOnChange } from '../../../shared/load-state';
import { LocalDatePipe } from '../../../shared/local-date.pipe';
import { QuestionView } from '../../../shared/question-view/question-view';
import { QuestionBankApi } from '../../question-bank/question-bank-api';
import { ExamInsightsApi } from '../exam-insights-api';
import { ATTEMPT_STATUS_KEYS } from '../labels';
import { roundPercent } from '../percent';

export interface AttemptResultDialogData {
  attemptId: string;
  agentName: string;
  number: number;
}

const CORRECTNESS_KEYS: Record<
  'right' | 'partial' | 'wrong' | 'pending',
  MessageKey
> = {
  right: 'insights.result.right',
  partial: 'insights.result.partial',
  wrong: 'insights.result.wrong',
  pending: 'insights.result.pending',
};

/**
 * A finished attempt as the trainer sees it (everything, whatever the agent's review policy):
 * score, dimensions, and each answer in the agent's own view, read-only.
 */
@Component({
  selector: 'app-attempt-result-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatProgressBarModule,
    LocalDatePipe,
    QuestionView,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .summary {
      font: var(--mat-sys-title-medium);
    }
    .secondary {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
    .dimensions {
      padding-inline-start: 20px;
    }
    .question {
      border-top: 1px solid var(--mat-sys-outline-variant);
      padding-top: 8px;
      margin-top: 12px;
    }
    .question h3 {
      font: var(--mat-sys-title-small);
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      margin: 4px 0 8px;
    }
    .mark[data-correct='wrong'] {
      color: var(--mat-sys-error);
    }
    .mark[data-correct='pending'] {
      color: var(--mat-sys-tertiary);
    }
  `,
  template: `
    <h2 mat-dialog-title>
      {{
        'insights.result.title'
          | t: { name: data.agentName, number: data.number }
      }}
    </h2>
    <mat-dialog-content data-testid="attempt-result">
      <div aria-live="polite">
        @if (state().status === 'loading') {
          <mat-progress-bar
            mode="indeterminate"
            [attr.aria-label]="'common.loading' | t"
          />
        }
        @if (errorKey(); as key) {
          <p class="error" role="alert">{{ key | t }}</p>
        }
      </div>
      @if (state().value; as r) {
        <p class="summary" data-testid="result-summary">
          {{ statusKeys[r.status] | t }}
          @if (r.score; as s) {
            ·
            {{
              'insights.result.score'
                | t
                  : {
                      points: s.points,
                      max: s.maxPoints,
                      percent: percent(s.percent),
                    }
            }}
            @if (s.passed !== null) {
              ·
              {{
                (s.passed ? 'insights.attempts.pass' : 'insights.attempts.fail')
                  | t
              }}
            }
          }
        </p>
        @if (r.submittedAt) {
          <p class="secondary">
            {{ 'insights.result.submittedAt' | t }}
            {{ r.submittedAt | localDate }}
            @if (r.gradedAt) {
              · {{ 'insights.result.gradedAt' | t }}
              {{ r.gradedAt | localDate }}
            }
          </p>
        }
        @if (r.dimensions?.length) {
          <h3>{{ 'insights.result.dimensions' | t }}</h3>
          <ul class="dimensions">
            @for (d of r.dimensions; track d.code) {
              <li>{{ dimensionName(d.code) }}: {{ percent(d.percent) }}%</li>
            }
          </ul>
        }
        @for (q of r.questions; track q.position; let i = $index) {
          <section
            class="question"
            [attr.aria-labelledby]="'result-q-' + q.position"
          >
            <h3 [id]="'result-q-' + q.position">
              <span>{{ 'insights.result.question' | t: { n: i + 1 } }}</span>
              @if (q.correct) {
                <span class="mark" [attr.data-correct]="q.correct">{{
                  correctnessKeys[q.correct] | t
                }}</span>
              }
              <span>{{
                'insights.result.points'
                  | t: { points: q.points ?? '–', max: q.maxPoints }
              }}</span>
            </h3>
            <app-question-view
              [question]="q.question"
              [answer]="q.answer"
              [disabled]="true"
              [viewId]="'result-' + q.position"
            />
            @if (q.feedback?.length) {
              <ul>
                @for (text of q.feedback; track $index) {
                  <li [innerHTML]="text"></li>
                }
              </ul>
            }
          </section>
        }
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close cdkFocusInitial>
        {{ 'common.close' | t }}
      </button>
    </mat-dialog-actions>
  `,
})
export class AttemptResultDialog {
  private readonly api = inject(ExamInsightsApi);
  private readonly i18n = inject(I18nService);
  protected readonly data = inject<AttemptResultDialogData>(MAT_DIALOG_DATA);
  protected readonly statusKeys = ATTEMPT_STATUS_KEYS;
  protected readonly correctnessKeys = CORRECTNESS_KEYS;
  protected readonly percent = roundPercent;

  protected readonly state = loadOnChange(signal(this.data.attemptId), (id) =>
    this.api.result(id),
  );
  protected readonly errorKey = computed<MessageKey | null>(() => {
    const state = this.state();
    return state.status === 'error' ? errorMessageKey(state.error) : null;
  });
  private readonly dimensions = toSignal(
    inject(QuestionBankApi)
      .dimensions()
      .pipe(catchError(() => of<CapabilityDimension[]>([]))),
    { initialValue: [] as CapabilityDimension[] },
  );

  protected dimensionName(code: string): string {
    const dimension = this.dimensions().find((d) => d.code === code);
    if (!dimension) return code;
    return this.i18n.locale() === 'zh-CN' ? dimension.nameZh : dimension.nameEn;
  }
}
