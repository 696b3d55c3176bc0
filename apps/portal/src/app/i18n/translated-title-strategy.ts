import { Injectable, effect, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { I18nService, MessageKey } from './i18n.service';

/** Route `title`s are message keys; the document title follows the language. */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(I18nService);
  private currentKey: MessageKey | undefined;

  constructor() {
    super();
    effect(() => {
      this.i18n.locale();
      this.render();
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.currentKey = this.buildTitle(snapshot) as MessageKey | undefined;
    this.render();
  }

  private render(): void {
    const app = this.i18n.t('app.name');
    this.title.setTitle(
      this.currentKey ? `${this.i18n.t(this.currentKey)} · ${app}` : app,
    );
  }
}

/** Typed helper for route definitions: `title: titleKey('title.users')`. */
export function titleKey(key: MessageKey): MessageKey {
  return key;
}
