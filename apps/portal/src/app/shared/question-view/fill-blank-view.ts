import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { LearnerFillBlankQuestion, PartAnswer } from '@pathwise/assessment';
import { TranslatePipe } from '../../i18n/t.pipe';
import { readBlanks, splitBlankText, withBlank } from './answer-model';

/** The text with an input at every blank, so the learner fills in the sentence as written. */
@Component({
  selector: 'app-fill-blank-view',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="qv-blank-text"
      role="group"
      [attr.aria-label]="'questionView.fillBlanks' | t"
      [attr.aria-describedby]="stemId()"
    >
      @for (segment of segments(); track $index) {
        @if (segment.kind === 'html') {
          <span class="qv-rich" [innerHTML]="segment.html"></span>
        } @else {
          <input
            class="qv-blank"
            type="text"
            autocomplete="off"
            spellcheck="false"
            [id]="idPrefix() + '-blank-' + segment.id"
            [attr.aria-label]="
              'questionView.blank' | t: { n: segment.index + 1 }
            "
            [attr.data-blank]="segment.id"
            [value]="blankValue(segment.id)"
            [disabled]="disabled()"
            (input)="onInput(segment.id, $event)"
          />
        }
      }
    </div>
  `,
})
export class FillBlankView {
  readonly question = input.required<LearnerFillBlankQuestion>();
  readonly answer = input<unknown>(null);
  readonly disabled = input(false);
  readonly idPrefix = input.required<string>();
  readonly stemId = input<string>();
  readonly answerChange = output<PartAnswer>();

  protected readonly segments = computed(() =>
    splitBlankText(
      this.question().text,
      this.question().blanks.map((b) => b.id),
    ),
  );
  protected readonly blanks = computed(() => readBlanks(this.answer()));

  protected blankValue(blankId: string): string {
    return this.blanks()[blankId] ?? '';
  }

  protected onInput(blankId: string, event: Event): void {
    this.answerChange.emit(
      withBlank(
        this.answer(),
        blankId,
        (event.target as HTMLInputElement).value,
      ),
    );
  }
}
