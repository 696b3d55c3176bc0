import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { LearnerMatchingQuestion, PartAnswer } from '@pathwise/assessment';
import { TranslatePipe } from '../../i18n/t.pipe';
import { readPairs, withPair } from './answer-model';

/** One select per prompt; a choice may be used for several prompts or for none. */
@Component({
  selector: 'app-matching-view',
  imports: [MatFormFieldModule, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="qv-fieldset" [attr.aria-describedby]="stemId()">
      <legend class="qv-instruction">{{ 'questionView.matchHint' | t }}</legend>
      @for (prompt of question().prompts; track prompt.id; let i = $index) {
        <div class="qv-match-row">
          <span
            class="qv-rich qv-grow"
            [id]="idPrefix() + '-prompt-' + prompt.id"
            [innerHTML]="prompt.text"
          ></span>
          <mat-form-field
            appearance="outline"
            subscriptSizing="dynamic"
            class="qv-match-select"
          >
            <mat-label>{{
              'questionView.matchFor' | t: { n: i + 1 }
            }}</mat-label>
            <mat-select
              [value]="pairedChoice(prompt.id)"
              [disabled]="disabled()"
              [aria-describedby]="idPrefix() + '-prompt-' + prompt.id"
              (selectionChange)="pair(prompt.id, $event.value)"
            >
              <mat-option value="">{{ 'questionView.noMatch' | t }}</mat-option>
              @for (choice of question().choices; track choice.id) {
                <mat-option [value]="choice.id"
                  ><span class="qv-rich" [innerHTML]="choice.text"></span
                ></mat-option>
              }
            </mat-select>
          </mat-form-field>
        </div>
      }
    </fieldset>
  `,
})
export class MatchingView {
  readonly question = input.required<LearnerMatchingQuestion>();
  readonly answer = input<unknown>(null);
  readonly disabled = input(false);
  readonly idPrefix = input.required<string>();
  readonly stemId = input<string>();
  readonly answerChange = output<PartAnswer>();

  protected readonly pairs = computed(() => readPairs(this.answer()));

  protected pairedChoice(promptId: string): string {
    return this.pairs()[promptId] ?? '';
  }

  protected pair(promptId: string, choiceId: string): void {
    this.answerChange.emit(withPair(this.answer(), promptId, choiceId));
  }
}
