import { BreakpointObserver, Breakpoints } from '@angular/cdk/layout';
import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Locale, SUPPORTED_LOCALES } from '@pathwise/contracts';
import { map } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { landingRoute } from '../auth/landing';
import { I18nService } from '../i18n/i18n.service';
import { LOCALE_NAME_KEYS, LanguageToggle } from '../i18n/language-toggle';
import { TranslatePipe } from '../i18n/t.pipe';
import { Icon } from '../shared/icon';
import { navItemsFor } from './navigation';

@Component({
  selector: 'app-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatMenuModule,
    MatButtonModule,
    MatDividerModule,
    LanguageToggle,
    TranslatePipe,
    Icon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  private readonly drawer = viewChild.required<MatSidenav>('drawer');

  /** Phones and small tablets get a drawer over the content instead of a fixed side nav. */
  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe([Breakpoints.XSmall, Breakpoints.Small])
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  protected readonly user = this.auth.user;
  protected readonly navItems = computed(() => navItemsFor(this.auth.roles()));
  protected readonly homeLink = computed(() => landingRoute(this.auth.roles()));
  protected readonly locales = SUPPORTED_LOCALES;
  protected readonly localeNameKeys = LOCALE_NAME_KEYS;
  protected readonly locale = this.i18n.locale;

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main-content')?.focus();
  }

  protected closeDrawerIfCompact(): void {
    if (this.compact()) void this.drawer().close();
  }

  protected chooseLocale(locale: Locale): void {
    this.i18n.choose(locale);
    this.auth.saveLocale(locale);
  }

  protected saveLocale(locale: Locale): void {
    this.auth.saveLocale(locale);
  }

  protected logout(): void {
    this.auth.logout().subscribe();
  }
}
