import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Locale } from '@pathwise/contracts';
import { I18nService, MessageKey } from './i18n.service';
import { TranslatePipe } from './t.pipe';

export const LOCALE_NAME_KEYS: Record<Locale, MessageKey> = {
  en: 'language.name.en',
  'zh-CN': 'language.name.zhCN',
};

/** One button that switches to the other language; the target's name is written in that language. */
@Component({
  selector: 'app-language-toggle',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      data-testid="language-toggle"
      (click)="toggle()"
    >
      <span class="cdk-visually-hidden"
        >{{ 'language.switchTo' | t }}&nbsp;</span
      >
      <span [lang]="target()">{{ targetNameKey() | t }}</span>
    </button>
  `,
})
export class LanguageToggle {
  private readonly i18n = inject(I18nService);

  /** Emits the chosen locale so a signed-in shell can save it to the profile. */
  readonly changed = output<Locale>();

  protected readonly target = this.i18n.otherLocale;
  protected readonly targetNameKey = computed(
    () => LOCALE_NAME_KEYS[this.target()],
  );

  protected toggle(): void {
    const locale = this.target();
    this.i18n.choose(locale);
    this.changed.emit(locale);
  }
}
