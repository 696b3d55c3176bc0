import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  numberAttribute,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { keyAnswer, learnerView } from '@pathwise/assessment';
import { QuestionVersionDetail } from '@pathwise/contracts';
import { forkJoin, of } from 'rxjs';
import { MessageKey } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { errorMessageKey } from '../../../shared/api-error';
import { loadOnChange } from '../../../shared/load-state';
import { LocalDatePipe } from '../../../shared/local-date.pipe';
import { QuestionView } from '../../../shared/question-view/question-view';
import { QUESTION_TYPE_KEYS, questionTypeKey } from '../labels';
import { QuestionBankApi } from '../question-bank-api';

/** Every saved version, newest first; one version opens read-only with its preview and key. */
@Component({
  selector: 'app-question-history-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatProgressBarModule,
    MatTableModule,
    LocalDatePipe,
    QuestionView,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-history-page.html',
  styleUrl: './question-history-page.scss',
})
export class QuestionHistoryPage {
  private readonly api = inject(QuestionBankApi);

  readonly id = input.required<string>();
  /** Route `…/history/:version`. */
  readonly version = input(undefined, {
    transform: (v: unknown) => (v ? numberAttribute(v) : undefined),
  });

  protected readonly typeKeys = QUESTION_TYPE_KEYS;
  protected readonly typeKey = questionTypeKey;
  protected readonly columns = [
    'version',
    'name',
    'createdAt',
    'changeNote',
    'actions',
  ];

  protected readonly listState = loadOnChange(this.id, (id) =>
    forkJoin({ detail: this.api.get(id), versions: this.api.versions(id) }),
  );
  private readonly versionRequest = computed(() => ({
    id: this.id(),
    version: this.version(),
  }));
  protected readonly versionState = loadOnChange(
    this.versionRequest,
    ({ id, version }) =>
      version
        ? forkJoin({
            detail: this.api.version(id, version),
            preview: this.api.preview(id, version),
          })
        : of(null),
  );
  protected readonly errorKey = computed<MessageKey | null>(() => {
    const list = this.listState();
    if (list.status === 'error') return errorMessageKey(list.error);
    const one = this.versionState();
    return one.status === 'error' ? errorMessageKey(one.error) : null;
  });
  protected readonly keyView = computed(() => {
    const detail: QuestionVersionDetail | undefined =
      this.versionState().value?.detail;
    if (!detail) return null;
    try {
      return {
        question: learnerView(detail.definition),
        answer: keyAnswer(detail.definition),
      };
    } catch {
      return null;
    }
  });
}
