import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  input,
  model,
  viewChildren,
} from '@angular/core';
import { MatRadioModule } from '@angular/material/radio';
import { Rubric } from '@pathwise/assessment';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { RubricSelection } from './rubric-score';

/**
 * A rubric as one radio group per criterion. The current criterion is the one number keys act
 * on; it follows the focus, and the page moves it with J/K.
 */
@Component({
  selector: 'app-rubric-grader',
  imports: [MatRadioModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: grid;
      gap: 12px;
    }
    fieldset {
      margin: 0;
      padding: 8px 12px 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    fieldset.current {
      border: 2px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container-low);
    }
    fieldset.missing {
      border-color: var(--mat-sys-error);
    }
    legend {
      font: var(--mat-sys-title-small);
      padding: 0 4px;
    }
    .current-tag {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-primary);
      margin-inline-start: 8px;
    }
    mat-radio-group {
      display: flex;
      flex-direction: column;
    }
    .key {
      display: inline-block;
      min-width: 1.5em;
      margin-inline-end: 6px;
      padding: 0 4px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      font: var(--mat-sys-label-medium);
      text-align: center;
    }
    .points {
      color: var(--mat-sys-on-surface-variant);
      margin-inline-start: 6px;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 4px 0 0;
    }
  `,
  template: `
    @for (c of rubric().criteria; track c.id; let i = $index) {
      <fieldset
        #criterion
        tabindex="-1"
        [class.current]="i === current()"
        [class.missing]="missing().includes(c.id)"
        [attr.aria-current]="i === current() ? 'true' : null"
        [attr.data-testid]="'criterion-' + c.id"
        (focusin)="current.set(i)"
      >
        <legend [id]="idPrefix() + '-' + c.id">
          {{ i + 1 }}. {{ c.description }}
          @if (i === current()) {
            <span class="current-tag">{{
              'insights.grading.currentCriterion' | t
            }}</span>
          }
        </legend>
        <mat-radio-group
          [value]="selection()[c.id]"
          (change)="choose(c.id, $event.value)"
          [attr.aria-labelledby]="idPrefix() + '-' + c.id"
        >
          @for (level of c.levels; track $index; let j = $index) {
            <mat-radio-button
              [value]="j"
              [attr.data-testid]="'level-' + c.id + '-' + j"
            >
              <span class="key" aria-hidden="true">{{ j + 1 }}</span>
              {{ level.description }}
              <span class="points">{{
                'insights.grading.levelPoints' | t: { count: level.points }
              }}</span>
            </mat-radio-button>
          }
        </mat-radio-group>
        @if (missing().includes(c.id)) {
          <p class="error">{{ 'insights.grading.chooseLevel' | t }}</p>
        }
      </fieldset>
    }
  `,
})
export class RubricGrader {
  readonly rubric = input.required<Rubric>();
  readonly selection = model.required<RubricSelection>();
  /** Index of the criterion number keys act on. */
  readonly current = model(0);
  readonly idPrefix = input.required<string>();
  /** Criteria a failed save found without a level. */
  readonly missing = input<readonly string[]>([]);

  private readonly criteria =
    viewChildren<ElementRef<HTMLElement>>('criterion');

  focusCriterion(index: number): void {
    this.criteria()[index]?.nativeElement.focus();
  }

  protected choose(criterionId: string, level: number): void {
    this.selection.update((selection) => ({
      ...selection,
      [criterionId]: level,
    }));
  }
}
