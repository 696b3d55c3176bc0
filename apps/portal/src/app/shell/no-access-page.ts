import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '../i18n/t.pipe';

/** For an account that holds no role yet. */
@Component({
  selector: 'app-no-access-page',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'noAccess.title' | t }}</h1>
    <p>{{ 'noAccess.body' | t }}</p>
  `,
})
export class NoAccessPage {}
