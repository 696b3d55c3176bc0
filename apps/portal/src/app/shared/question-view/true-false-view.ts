import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { MatRadioModule } from '@angular/material/radio';
import { LearnerTrueFalseQuestion, PartAnswer } from '@pathwise/assessment';
import { TranslatePipe } from '../../i18n/t.pipe';
import { readBoolean } from './answer-model';

@Component({
  selector: 'app-true-false-view',
  imports: [MatRadioModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="qv-fieldset" [attr.aria-describedby]="stemId()">
      <legend class="qv-instruction">
        {{ 'questionView.trueOrFalse' | t }}
      </legend>
      <mat-radio-group
        class="qv-options qv-inline"
        [name]="idPrefix() + '-tf'"
        [value]="value()"
        [disabled]="disabled()"
        (change)="answerChange.emit({ value: $event.value === true })"
      >
        <mat-radio-button [value]="true">{{
          'questionView.true' | t
        }}</mat-radio-button>
        <mat-radio-button [value]="false">{{
          'questionView.false' | t
        }}</mat-radio-button>
      </mat-radio-group>
    </fieldset>
  `,
})
export class TrueFalseView {
  readonly question = input.required<LearnerTrueFalseQuestion>();
  readonly answer = input<unknown>(null);
  readonly disabled = input(false);
  readonly idPrefix = input.required<string>();
  readonly stemId = input<string>();
  readonly answerChange = output<PartAnswer>();

  protected readonly value = computed(() => readBoolean(this.answer()));
}
