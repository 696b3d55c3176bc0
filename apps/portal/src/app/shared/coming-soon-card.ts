import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MessageKey } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/t.pipe';

/** A card for an area that is planned but not built yet. */
@Component({
  selector: 'app-coming-soon-card',
  imports: [MatCardModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    mat-card {
      height: 100%;
    }
    h2 {
      margin: 0;
    }
    .badge {
      display: inline-block;
      margin-top: 12px;
      padding: 2px 8px;
      border-radius: 12px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-medium);
    }
  `,
  template: `
    <mat-card appearance="outlined" [attr.data-testid]="testId()">
      <mat-card-header>
        <h2 mat-card-title>{{ title() | t }}</h2>
      </mat-card-header>
      <mat-card-content>
        <p>{{ description() | t }}</p>
        <span class="badge">{{ 'common.comingSoon' | t }}</span>
      </mat-card-content>
    </mat-card>
  `,
})
export class ComingSoonCard {
  readonly title = input.required<MessageKey>();
  readonly description = input.required<MessageKey>();
  readonly testId = input<string>();
}
