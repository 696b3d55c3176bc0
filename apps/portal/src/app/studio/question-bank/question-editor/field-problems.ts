import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Problem } from '@pathwise/assessment';
import { ProblemTextPipe } from './problem-text';

/** Problems about a whole list (options, blanks, parts …), shown under its heading. */
@Component({
  selector: 'app-field-problems',
  imports: [ProblemTextPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    p {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-medium);
      margin: 4px 0 8px;
    }
  `,
  template: `
    @if (reveal()) {
      @for (problem of problems(); track $index) {
        <p>{{ problem | problemText }}</p>
      }
    }
  `,
})
export class FieldProblems {
  readonly problems = input<Problem[]>([]);
  readonly reveal = input(true);
}
