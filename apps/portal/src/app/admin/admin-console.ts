import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { MessageKey } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/t.pipe';

interface ConsoleTab {
  path: string;
  label: MessageKey;
  testId: string;
}

/** The admin area: one heading and a tab per section; each section is its own lazy page. */
@Component({
  selector: 'app-admin-console',
  imports: [
    MatTabsModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    h1 {
      margin: 0 0 8px;
    }
    nav {
      margin-bottom: 16px;
    }
  `,
  template: `
    <h1>{{ 'admin.title' | t }}</h1>
    <nav
      mat-tab-nav-bar
      [tabPanel]="panel"
      [attr.aria-label]="'admin.sections' | t"
    >
      @for (tab of tabs; track tab.path) {
        <a
          mat-tab-link
          [routerLink]="tab.path"
          routerLinkActive
          #active="routerLinkActive"
          [active]="active.isActive"
          [attr.data-testid]="tab.testId"
        >
          {{ tab.label | t }}
        </a>
      }
    </nav>
    <mat-tab-nav-panel #panel>
      <router-outlet />
    </mat-tab-nav-panel>
  `,
})
export class AdminConsole {
  protected readonly tabs: readonly ConsoleTab[] = [
    { path: 'users', label: 'nav.users', testId: 'tab-users' },
    { path: 'teams', label: 'nav.teams', testId: 'tab-teams' },
    { path: 'audit-log', label: 'nav.auditLog', testId: 'tab-audit-log' },
  ];
}
