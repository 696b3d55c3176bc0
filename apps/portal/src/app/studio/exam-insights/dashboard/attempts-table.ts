import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import {
  MatPaginatorIntl,
  MatPaginatorModule,
  PageEvent,
} from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import {
  ATTEMPT_STATUSES,
  AttemptStatus,
  ExamAttemptRow,
} from '@pathwise/contracts';
import { MessageKey } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { errorMessageKey } from '../../../shared/api-error';
import { Icon } from '../../../shared/icon';
import { loadOnChange } from '../../../shared/load-state';
import { LocalDatePipe } from '../../../shared/local-date.pipe';
import { TranslatedPaginatorIntl } from '../../../shared/translated-paginator-intl';
import { ExamInsightsApi } from '../exam-insights-api';
import { ATTEMPT_STATUS_KEYS, attemptStatusKey } from '../labels';
import { roundPercent } from '../percent';
import {
  AttemptResultDialog,
  AttemptResultDialogData,
} from './attempt-result-dialog';

/** Every attempt at the exam, newest first, filterable by status; a row opens its full result. */
@Component({
  selector: 'app-attempts-table',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    Icon,
    LocalDatePipe,
    TranslatePipe,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attempts-table.html',
  styleUrl: './attempts-table.scss',
})
export class AttemptsTable {
  private readonly api = inject(ExamInsightsApi);
  private readonly dialog = inject(MatDialog);

  readonly examId = input.required<string>();
  /** Bumped by the dashboard when the live counts move. */
  readonly reload = input(0);

  protected readonly statuses = ATTEMPT_STATUSES;
  protected readonly statusKeys = ATTEMPT_STATUS_KEYS;
  protected readonly statusKey = attemptStatusKey;
  protected readonly pageSizeOptions = [10, 25, 50, 100];
  protected readonly columns = [
    'agent',
    'number',
    'status',
    'started',
    'submitted',
    'percent',
    'passed',
    'actions',
  ];
  protected readonly trackById = (_: number, row: ExamAttemptRow) =>
    row.attemptId;
  protected readonly percent = roundPercent;

  protected readonly status = signal<AttemptStatus | ''>('');
  protected readonly pageSize = signal(25);
  protected readonly pageIndex = linkedSignal({
    source: () => [this.examId(), this.status(), this.pageSize()],
    computation: () => 0,
  });

  private readonly request = computed(() => ({
    examId: this.examId(),
    query: {
      status: this.status() || undefined,
      page: this.pageIndex() + 1,
      pageSize: this.pageSize(),
    },
    tick: this.reload(),
  }));
  protected readonly state = loadOnChange(this.request, ({ examId, query }) =>
    this.api.attempts(examId, query),
  );
  protected readonly rows = computed(() => this.state().value?.items ?? []);
  protected readonly total = computed(() => this.state().value?.total ?? 0);
  protected readonly errorKey = computed<MessageKey | null>(() => {
    const state = this.state();
    return state.status === 'error' ? errorMessageKey(state.error) : null;
  });

  protected onPage(event: PageEvent): void {
    if (event.pageSize !== this.pageSize()) this.pageSize.set(event.pageSize);
    else this.pageIndex.set(event.pageIndex);
  }

  protected openResult(row: ExamAttemptRow): void {
    this.dialog.open<AttemptResultDialog, AttemptResultDialogData>(
      AttemptResultDialog,
      {
        data: {
          attemptId: row.attemptId,
          agentName: row.agentName,
          number: row.number,
        },
        width: '760px',
        maxWidth: '95vw',
      },
    );
  }
}
