import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatRadioModule } from '@angular/material/radio';
import { TrueFalseQuestion } from '@pathwise/assessment';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { ProblemIndex } from './problem-text';
import { RichTextField } from './rich-text-field';

@Component({
  selector: 'app-true-false-editor',
  imports: [MatRadioModule, RichTextField, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './editor.scss',
  template: `
    @let q = question();
    <fieldset class="entry">
      <legend class="section-title">{{ 'editor.tf.correct' | t }}</legend>
      <mat-radio-group
        [value]="q.correct"
        (change)="patch({ correct: $event.value === true })"
        data-testid="tf-correct"
      >
        <mat-radio-button [value]="true">{{
          'questionView.true' | t
        }}</mat-radio-button>
        <mat-radio-button [value]="false">{{
          'questionView.false' | t
        }}</mat-radio-button>
      </mat-radio-group>
    </fieldset>
    <app-rich-text-field
      [label]="'editor.tf.feedbackTrue' | t"
      [value]="q.feedbackTrue ?? ''"
      [rows]="2"
      [bankId]="bankId()"
      [problems]="problems().at('feedbackTrue')"
      (valueChange)="patch({ feedbackTrue: $event })"
    />
    <app-rich-text-field
      [label]="'editor.tf.feedbackFalse' | t"
      [value]="q.feedbackFalse ?? ''"
      [rows]="2"
      [bankId]="bankId()"
      [problems]="problems().at('feedbackFalse')"
      (valueChange)="patch({ feedbackFalse: $event })"
    />
  `,
})
export class TrueFalseEditor {
  readonly question = input.required<TrueFalseQuestion>();
  readonly problems = input.required<ProblemIndex>();
  readonly bankId = input<string | null>(null);
  readonly questionChange = output<TrueFalseQuestion>();

  protected patch(change: Partial<TrueFalseQuestion>): void {
    this.questionChange.emit({ ...this.question(), ...change });
  }
}
