import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import {
  MatPaginatorIntl,
  MatPaginatorModule,
  PageEvent,
} from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { AuditLogEntry, Page } from '@pathwise/contracts';
import { en } from '../../i18n/en';
import { MessageKey } from '../../i18n/i18n.service';
import { TranslatePipe } from '../../i18n/t.pipe';
import { errorMessageKey } from '../../shared/api-error';
import { loadOnChange } from '../../shared/load-state';
import { LocalDatePipe } from '../../shared/local-date.pipe';
import { TranslatedPaginatorIntl } from '../../shared/translated-paginator-intl';

@Component({
  selector: 'app-audit-log-page',
  imports: [
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    LocalDatePipe,
    TranslatePipe,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-log-page.html',
  styleUrl: './audit-log-page.scss',
})
export class AuditLogPage {
  private readonly http = inject(HttpClient);

  /** Rows keep their DOM (and an open row menu) when a reload returns the same records. */
  protected readonly trackById = (_: number, row: { id: string | number }) =>
    row.id;
  protected readonly columns = [
    'createdAt',
    'actor',
    'action',
    'entity',
    'details',
  ];
  protected readonly pageSizeOptions = [20, 50, 100];
  protected readonly pageSize = signal(20);
  protected readonly pageIndex = linkedSignal({
    source: this.pageSize,
    computation: () => 0,
  });

  private readonly request = computed(() => ({
    page: this.pageIndex() + 1,
    pageSize: this.pageSize(),
  }));
  protected readonly state = loadOnChange(this.request, (params) =>
    this.http.get<Page<AuditLogEntry>>('/api/audit-log', { params }),
  );
  protected readonly rows = computed(() => this.state().value?.items ?? []);
  protected readonly total = computed(() => this.state().value?.total ?? 0);
  protected readonly errorKey = computed(() => {
    const state = this.state();
    return state.status === 'error' ? errorMessageKey(state.error) : null;
  });

  protected onPage(event: PageEvent): void {
    if (event.pageSize !== this.pageSize()) {
      this.pageSize.set(event.pageSize);
    } else {
      this.pageIndex.set(event.pageIndex);
    }
  }

  /** Known actions and entity types read as words; anything newer shows its code. */
  protected label(
    prefix: 'audit.action' | 'audit.entity',
    code: string,
  ): MessageKey | null {
    const key = `${prefix}.${code}`;
    return key in en ? (key as MessageKey) : null;
  }

  protected details(entry: AuditLogEntry): string {
    return entry.details ? JSON.stringify(entry.details) : '';
  }
}
