import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatRadioModule } from '@angular/material/radio';
import { LearnerChoiceQuestion, PartAnswer } from '@pathwise/assessment';
import { TranslatePipe } from '../../i18n/t.pipe';
import { readOptionId, readOptionIds, toggleOption } from './answer-model';

/** Single choice as radio buttons, multiple choice as checkboxes, in a labelled fieldset. */
@Component({
  selector: 'app-choice-view',
  imports: [MatCheckboxModule, MatRadioModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="qv-fieldset" [attr.aria-describedby]="stemId()">
      <legend class="qv-instruction">
        {{
          (question().type === 'single_choice'
            ? 'questionView.chooseOne'
            : 'questionView.chooseAll'
          ) | t
        }}
      </legend>
      @if (question().type === 'single_choice') {
        <mat-radio-group
          class="qv-options"
          [name]="idPrefix() + '-options'"
          [value]="chosenOne()"
          [disabled]="disabled()"
          (change)="answerChange.emit({ optionId: $event.value })"
        >
          @for (option of question().options; track option.id; let i = $index) {
            <mat-radio-button [value]="option.id">
              @if (option.text) {
                <span class="qv-rich" [innerHTML]="option.text"></span>
              } @else {
                <span class="qv-empty">{{
                  'questionView.emptyOption' | t: { n: i + 1 }
                }}</span>
              }
            </mat-radio-button>
          }
        </mat-radio-group>
      } @else {
        <div class="qv-options">
          @for (option of question().options; track option.id; let i = $index) {
            <mat-checkbox
              [checked]="chosen().has(option.id)"
              [disabled]="disabled()"
              (change)="toggle(option.id, $event.checked)"
            >
              @if (option.text) {
                <span class="qv-rich" [innerHTML]="option.text"></span>
              } @else {
                <span class="qv-empty">{{
                  'questionView.emptyOption' | t: { n: i + 1 }
                }}</span>
              }
            </mat-checkbox>
          }
        </div>
      }
    </fieldset>
  `,
})
export class ChoiceView {
  readonly question = input.required<LearnerChoiceQuestion>();
  readonly answer = input<unknown>(null);
  readonly disabled = input(false);
  readonly idPrefix = input.required<string>();
  readonly stemId = input<string>();
  readonly answerChange = output<PartAnswer>();

  protected readonly chosenOne = computed(() => readOptionId(this.answer()));
  protected readonly chosen = computed(
    () => new Set(readOptionIds(this.answer())),
  );

  protected toggle(optionId: string, checked: boolean): void {
    this.answerChange.emit(
      toggleOption(
        this.answer(),
        optionId,
        checked,
        this.question().options.map((o) => o.id),
      ),
    );
  }
}
