import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { AuditLogEntry, Page } from '@pathwise/contracts';
import { TranslatePipe } from '../../i18n/t.pipe';
import { errorMessageKey } from '../../shared/api-error';
import { loadOnChange } from '../../shared/load-state';
import { LocalDatePipe } from '../../shared/local-date.pipe';
import { TranslatedPaginatorIntl } from '../../shared/translated-paginator-intl';

@Component({
  selector: 'app-audit-log-page',
  imports: [MatPaginatorModule, MatProgressBarModule, MatTableModule, LocalDatePipe, TranslatePipe],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-log-page.html',
  styleUrl: './audit-log-page.scss',
})
export class AuditLogPage {
  private readonly http = inject(HttpClient);

  protected readonly columns = ['createdAt', 'actor', 'action', 'entity', 'details'];
  protected readonly pageSizeOptions = [20, 50, 100];
  protected readonly pageSize = signal(20);
  protected readonly pageIndex = linkedSignal({ source: this.pageSize, computation: () => 0 });

  private readonly request = computed(() => ({ page: this.pageIndex() + 1, pageSize: this.pageSize() }));
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

  protected details(entry: AuditLogEntry): string {
    return entry.details ? JSON.stringify(entry.details) : '';
  }
}
