import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { ExamPurpose, ExamStatus, ExamSummary } from '@pathwise/contracts';
import { filter, switchMap } from 'rxjs';
import { I18nService, MessageKey } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { errorMessageKey } from '../../../shared/api-error';
import { confirm } from '../../../shared/confirm-dialog';
import { Icon } from '../../../shared/icon';
import { loadOnChange } from '../../../shared/load-state';
import { LocalDatePipe } from '../../../shared/local-date.pipe';
import { PURPOSE_KEYS, STATUS_FILTER_KEYS, STATUS_KEYS } from '../exam-labels';
import { ExamsApi } from '../exams-api';
import {
  STATUS_FILTERS,
  StatusFilter,
  filterExams,
  statusCounts,
} from './exam-list-filter';

/** Every exam with its state at a glance; the way into the builder and each exam's dashboard. */
@Component({
  selector: 'app-exam-list-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatMenuModule,
    MatProgressBarModule,
    MatTableModule,
    Icon,
    LocalDatePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './exam-list-page.html',
  styleUrl: './exam-list-page.scss',
})
export class ExamListPage {
  private readonly api = inject(ExamsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  protected readonly statusFilters = STATUS_FILTERS;
  protected readonly statusFilterKeys = STATUS_FILTER_KEYS;
  protected readonly columns = [
    'title',
    'purpose',
    'status',
    'questions',
    'window',
    'timeLimit',
    'attempts',
    'actions',
  ];
  protected readonly trackById = (_: number, row: ExamSummary) => row.id;

  private readonly tick = signal(0);
  protected readonly state = loadOnChange(this.tick, () => this.api.list());
  protected readonly status = signal<StatusFilter>('all');
  protected readonly search = signal('');
  protected readonly exams = computed(() => this.state().value ?? []);
  protected readonly counts = computed(() => statusCounts(this.exams()));
  protected readonly rows = computed(() =>
    filterExams(this.exams(), this.status(), this.search()),
  );
  protected readonly errorKey = computed(() => {
    const state = this.state();
    return state.status === 'error' ? errorMessageKey(state.error) : null;
  });

  // Table cells get their row untyped: these keep the lookups type-checked.
  protected purposeKey(purpose: ExamPurpose): MessageKey {
    return PURPOSE_KEYS[purpose];
  }

  protected statusKey(status: ExamStatus): MessageKey {
    return STATUS_KEYS[status];
  }

  protected onSearch(event: Event): void {
    this.search.set((event.target as HTMLInputElement).value);
  }

  protected archive(exam: ExamSummary): void {
    confirm(this.dialog, {
      title: 'exams.builder.archive.title',
      message: 'exams.builder.archive.message',
      params: { title: exam.title },
      confirm: 'exams.builder.archive.confirm',
      destructive: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.api.archive(exam.id)),
      )
      .subscribe({
        next: () => {
          this.snackBar.open(
            this.i18n.t('exams.builder.archive.done', { title: exam.title }),
            undefined,
            { duration: 4000 },
          );
          this.tick.update((n) => n + 1);
        },
        error: (error: unknown) =>
          this.snackBar.open(
            this.i18n.t(errorMessageKey(error)),
            this.i18n.t('common.dismiss'),
            { duration: 6000 },
          ),
      });
  }
}
