import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService, MessageKey, MessageParams } from './i18n.service';

/**
 * `{{ 'nav.users' | t }}`. Impure on purpose: the result depends on the locale signal, which a
 * pure pipe would not re-read when only the locale changes. A lookup is cheap.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: MessageKey, params?: MessageParams): string {
    return this.i18n.t(key, params);
  }
}
