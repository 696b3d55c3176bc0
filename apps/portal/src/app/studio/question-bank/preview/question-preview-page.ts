import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  numberAttribute,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Answer, isAnswered } from '../../../shared/question-view/answer-model';
import { TryAnswerResult } from '@pathwise/contracts';
import { forkJoin } from 'rxjs';
import { MessageKey } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { errorMessageKey } from '../../../shared/api-error';
import { loadOnChange } from '../../../shared/load-state';
import { QuestionView } from '../../../shared/question-view/question-view';
import { QuestionBankApi } from '../question-bank-api';
import { TryAnswerResultView } from './try-answer-result';

/** The question exactly as the server gives it to an agent, and a way to try an answer on it. */
@Component({
  selector: 'app-question-preview-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatProgressBarModule,
    QuestionView,
    TryAnswerResultView,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './question-preview-page.scss',
  template: `
    @let data = state().value;
    <div class="page-header">
      <div>
        @if (data) {
          <a
            mat-button
            [routerLink]="['/studio/question-banks', data.detail.bankId]"
            [queryParams]="{ category: data.detail.categoryId }"
          >
            ← {{ 'editor.backToBank' | t }}
          </a>
        }
        <h1>
          {{
            data
              ? ('preview.titleNamed' | t: { name: data.detail.name })
              : ('preview.title' | t)
          }}
        </h1>
        @if (data) {
          <p class="subtitle">
            {{ 'bank.version' | t: { version: data.preview.version } }} ·
            {{ 'preview.maxPoints' | t: { count: data.preview.maxPoints } }}
          </p>
        }
      </div>
      <div class="header-actions">
        <a mat-stroked-button [routerLink]="['/studio/questions', id()]">{{
          'common.edit' | t
        }}</a>
        <a
          mat-stroked-button
          [routerLink]="['/studio/questions', id(), 'history']"
          >{{ 'editor.history' | t }}</a
        >
      </div>
    </div>
    <div aria-live="polite">
      @if (state().status === 'loading') {
        <mat-progress-bar
          mode="indeterminate"
          [attr.aria-label]="'common.loading' | t"
        />
      }
      @if (loadError(); as key) {
        <p class="error" role="alert">{{ key | t }}</p>
      }
    </div>
    @if (data) {
      <mat-card appearance="outlined" class="card">
        <mat-card-content data-testid="server-preview">
          <app-question-view
            [question]="data.preview.question"
            [(answer)]="answer"
            viewId="try"
          />
        </mat-card-content>
        <mat-card-actions class="actions">
          <button
            mat-flat-button
            type="button"
            data-testid="check-answer"
            [disabled]="checking()"
            (click)="check()"
          >
            {{ 'preview.check' | t }}
          </button>
          <button mat-button type="button" (click)="reset()">
            {{ 'preview.reset' | t }}
          </button>
          @if (!answered()) {
            <span class="hint">{{ 'preview.notAnswered' | t }}</span>
          }
        </mat-card-actions>
      </mat-card>
      <section
        class="card result"
        aria-live="polite"
        [attr.aria-label]="'preview.result' | t"
        data-testid="try-result"
      >
        @if (checking()) {
          <mat-progress-bar
            mode="indeterminate"
            [attr.aria-label]="'common.loading' | t"
          />
        }
        @if (checkError(); as key) {
          <p class="error" role="alert">{{ key | t }}</p>
        }
        @if (result(); as r) {
          <app-try-answer-result
            [result]="r"
            [question]="data.preview.question"
          />
        }
      </section>
    }
  `,
})
export class QuestionPreviewPage {
  private readonly api = inject(QuestionBankApi);

  readonly id = input.required<string>();
  /** `?version=` previews an older version. */
  readonly version = input(undefined, {
    transform: (v: unknown) => (v ? numberAttribute(v) : undefined),
  });

  private readonly request = computed(() => ({
    id: this.id(),
    version: this.version(),
  }));
  protected readonly state = loadOnChange(this.request, ({ id, version }) =>
    forkJoin({
      detail: this.api.get(id),
      preview: this.api.preview(id, version),
    }),
  );
  protected readonly loadError = computed<MessageKey | null>(() => {
    const state = this.state();
    return state.status === 'error' ? errorMessageKey(state.error) : null;
  });

  protected readonly answer = signal<Answer | null>(null);
  protected readonly checking = signal(false);
  protected readonly result = signal<TryAnswerResult | null>(null);
  protected readonly checkError = signal<MessageKey | null>(null);
  protected readonly answered = computed(() => {
    const question = this.state().value?.preview.question;
    return !!question && isAnswered(question, this.answer());
  });

  protected check(): void {
    const preview = this.state().value?.preview;
    if (!preview) return;
    this.checking.set(true);
    this.checkError.set(null);
    // Unanswered goes as an empty answer: the server says why it cannot be scored.
    this.api
      .tryAnswer(this.id(), this.answer() ?? {}, preview.version)
      .subscribe({
        next: (result) => {
          this.checking.set(false);
          this.result.set(result);
        },
        error: (error: unknown) => {
          this.checking.set(false);
          this.checkError.set(errorMessageKey(error));
        },
      });
  }

  protected reset(): void {
    this.answer.set(null);
    this.result.set(null);
  }
}
