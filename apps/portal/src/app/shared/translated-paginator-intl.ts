import { Injectable, OnDestroy, effect, inject } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { I18nService } from '../i18n/i18n.service';

/** The paginator's labels in the active language, re-announced when it changes. */
@Injectable()
export class TranslatedPaginatorIntl
  extends MatPaginatorIntl
  implements OnDestroy
{
  private readonly i18n = inject(I18nService);
  private readonly localeEffect = effect(() => {
    this.i18n.locale();
    this.itemsPerPageLabel = this.i18n.t('paginator.itemsPerPage');
    this.nextPageLabel = this.i18n.t('paginator.next');
    this.previousPageLabel = this.i18n.t('paginator.previous');
    this.firstPageLabel = this.i18n.t('paginator.first');
    this.lastPageLabel = this.i18n.t('paginator.last');
    this.changes.next();
  });

  override getRangeLabel = (
    page: number,
    pageSize: number,
    length: number,
  ): string => {
    if (length === 0 || pageSize === 0)
      return this.i18n.t('paginator.rangeEmpty', { length });
    const start = page * pageSize;
    const end = Math.min(start + pageSize, length);
    return this.i18n.t('paginator.range', { start: start + 1, end, length });
  };

  ngOnDestroy(): void {
    this.localeEffect.destroy();
  }
}
