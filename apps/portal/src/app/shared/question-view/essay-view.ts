import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  LearnerEssayQuestion,
  PartAnswer,
  countWords,
} from '@pathwise/assessment';
import { TranslatePipe } from '../../i18n/t.pipe';
import { readText } from './answer-model';

@Component({
  selector: 'app-essay-view',
  imports: [MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline" class="qv-essay">
      <mat-label>{{ 'questionView.yourAnswer' | t }}</mat-label>
      <textarea
        matInput
        [rows]="question().responseFormat === 'long' ? 10 : 3"
        [aria-describedby]="stemId() ?? ''"
        [value]="text()"
        [disabled]="disabled()"
        (input)="onInput($event)"
      ></textarea>
      <mat-hint align="start">{{ limitsText() | t: limits() }}</mat-hint>
      <mat-hint align="end" [class.qv-over]="outOfRange()">{{
        'questionView.words' | t: { count: words() }
      }}</mat-hint>
    </mat-form-field>
    @if (question().criteria?.length) {
      <div class="qv-criteria">
        <p class="qv-instruction">{{ 'questionView.criteria' | t }}</p>
        <ul>
          @for (criterion of question().criteria; track criterion.id) {
            <li>{{ criterion.description }}</li>
          }
        </ul>
      </div>
    }
  `,
})
export class EssayView {
  readonly question = input.required<LearnerEssayQuestion>();
  readonly answer = input<unknown>(null);
  readonly disabled = input(false);
  readonly idPrefix = input.required<string>();
  readonly stemId = input<string>();
  readonly answerChange = output<PartAnswer>();

  protected onInput(event: Event): void {
    this.answerChange.emit({
      text: (event.target as HTMLTextAreaElement).value,
    });
  }

  protected readonly text = computed(() => readText(this.answer(), 'text'));
  protected readonly words = computed(() => countWords(this.text()));
  protected readonly limits = computed(() => ({
    min: this.question().minWords ?? 0,
    max: this.question().maxWords ?? 0,
  }));
  protected readonly limitsText = computed(() => {
    const { minWords, maxWords } = this.question();
    if (minWords !== undefined && maxWords !== undefined)
      return 'questionView.wordsBetween' as const;
    if (minWords !== undefined) return 'questionView.wordsAtLeast' as const;
    if (maxWords !== undefined) return 'questionView.wordsAtMost' as const;
    return 'questionView.wordsAny' as const;
  });
  protected readonly outOfRange = computed(() => {
    const { minWords, maxWords } = this.question();
    const words = this.words();
    return (
      (minWords !== undefined && words > 0 && words < minWords) ||
      (maxWords !== undefined && words > maxWords)
    );
  });
}
