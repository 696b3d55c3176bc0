import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
} from '@angular/core';
import { Problem } from '@pathwise/assessment';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { ProblemLocationPipe, ProblemTextPipe } from './problem-text';

/** Every problem of the question, with where it is, above the form. */
@Component({
  selector: 'app-problem-summary',
  imports: [ProblemLocationPipe, ProblemTextPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { tabindex: '-1', 'data-testid': 'problem-summary' },
  styles: `
    :host {
      display: block;
      padding: 12px 16px;
      margin-bottom: 16px;
      border-radius: 12px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    h2 {
      font: var(--mat-sys-title-small);
      margin: 0 0 4px;
    }
    ul {
      margin: 0;
      padding-inline-start: 20px;
    }
    .where {
      font-weight: 500;
    }
  `,
  template: `
    <h2>{{ title() | t: { count: problems().length } }}</h2>
    <ul>
      @for (problem of problems(); track $index) {
        <li [attr.data-code]="problem.code">
          <span class="where">{{ problem | problemLocation }}:</span>
          {{ problem | problemText }}
        </li>
      }
    </ul>
  `,
})
export class ProblemSummary {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly problems = input.required<Problem[]>();
  readonly title = input<'editor.problems.live' | 'editor.problems.server'>(
    'editor.problems.live',
  );

  focus(): void {
    this.host.nativeElement.focus();
  }
}
