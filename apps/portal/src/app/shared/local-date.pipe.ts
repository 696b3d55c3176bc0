import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from '../i18n/i18n.service';

const FORMATS = {
  // Date-only values (hired on) are calendar dates: never shift them by the viewer's zone.
  date: { dateStyle: 'medium', timeZone: 'UTC' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * Dates in the active language via `Intl`, so no Angular locale data has to be bundled.
 * Impure because the output follows the locale signal.
 */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);
  private cache: { key: string; text: string } | null = null;

  transform(
    value: string | null | undefined,
    format: keyof typeof FORMATS = 'dateTime',
  ): string {
    if (!value) return '';
    const locale = this.i18n.locale();
    const key = `${locale}|${format}|${value}`;
    if (this.cache?.key !== key) {
      const date = new Date(value);
      const text = Number.isNaN(date.getTime())
        ? value
        : new Intl.DateTimeFormat(locale, FORMATS[format]).format(date);
      this.cache = { key, text };
    }
    return this.cache.text;
  }
}
