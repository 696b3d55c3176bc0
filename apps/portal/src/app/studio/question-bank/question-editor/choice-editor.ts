import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  ChoiceOption,
  MultipleChoiceQuestion,
  MultipleChoiceScoring,
  SingleChoiceQuestion,
} from '@pathwise/assessment';
import { CHOICE_SCORING_HINT_KEYS, CHOICE_SCORING_KEYS } from '../labels';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { EntryActions, moved, removed, replaced } from './entry-actions';
import { FieldProblems } from './field-problems';
import { ProblemIndex, ProblemTextPipe } from './problem-text';
import { fromPercent, nextId, toPercent } from './question-draft';
import { RichTextField } from './rich-text-field';

type ChoiceQuestion = SingleChoiceQuestion | MultipleChoiceQuestion;

@Component({
  selector: 'app-choice-editor',
  imports: [
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    EntryActions,
    FieldProblems,
    ProblemTextPipe,
    RichTextField,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './editor.scss',
  template: `
    @let q = question();
    @let p = problems();
    @if (q.type === 'multiple_choice') {
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'editor.choice.scoring' | t }}</mat-label>
        <mat-select
          [value]="q.scoring"
          (selectionChange)="setScoring($event.value)"
          data-testid="mc-scoring"
        >
          @for (s of scorings; track s) {
            <mat-option [value]="s">{{ scoringKeys[s] | t }}</mat-option>
          }
        </mat-select>
        <mat-hint>{{ scoringHintKeys[q.scoring] | t }}</mat-hint>
      </mat-form-field>
    }
    <mat-checkbox
      [checked]="q.shuffleOptions !== false"
      (change)="patch({ shuffleOptions: $event.checked })"
    >
      {{ 'editor.choice.shuffle' | t }}
    </mat-checkbox>

    <h3 class="section-title">{{ 'editor.choice.options' | t }}</h3>
    <p class="hint">{{ 'editor.choice.creditHint' | t }}</p>
    <app-field-problems
      [problems]="p.at('options')"
      [reveal]="p.revealAll || q.options.length > 0"
    />
    <ol class="entries">
      @for (option of q.options; track option.id; let i = $index) {
        @let at = 'options[' + i + ']';
        @let label = 'editor.choice.option' | t: { n: i + 1 };
        <li class="entry" [attr.data-testid]="'option-' + i">
          <div class="entry-head">
            <h4>{{ label }}</h4>
            @if (q.type === 'single_choice') {
              <button
                mat-button
                type="button"
                [attr.aria-pressed]="option.fraction === 1"
                (click)="markCorrect(i)"
              >
                {{
                  (option.fraction === 1
                    ? 'editor.choice.isCorrect'
                    : 'editor.choice.markCorrect'
                  ) | t
                }}
              </button>
            }
            <app-entry-actions
              [label]="label"
              [index]="i"
              [count]="q.options.length"
              [min]="2"
              (move)="setOptions(moved(q.options, i, $event))"
              (remove)="setOptions(removed(q.options, i))"
            />
          </div>
          <app-rich-text-field
            [label]="'editor.choice.optionText' | t"
            [value]="option.text"
            [rows]="2"
            [required]="true"
            [bankId]="bankId()"
            [problems]="p.at(at + '.text')"
            [matcher]="p.matcher(at + '.text')"
            (valueChange)="setOption(i, { text: $event })"
          />
          <div class="row">
            <mat-form-field appearance="outline" class="narrow">
              <mat-label>{{ 'editor.credit' | t }}</mat-label>
              <input
                matInput
                type="number"
                min="-100"
                max="100"
                step="any"
                [ngModel]="percent(option.fraction)"
                (ngModelChange)="
                  setOption(i, { fraction: fromPercent($event) })
                "
                [errorStateMatcher]="p.matcher(at + '.fraction')"
              />
              <span matTextSuffix>%</span>
              @for (problem of p.at(at + '.fraction'); track $index) {
                <mat-error>{{ problem | problemText }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field appearance="outline" class="wide">
              <mat-label>{{ 'editor.feedbackIfChosen' | t }}</mat-label>
              <input
                matInput
                [ngModel]="option.feedback ?? ''"
                (ngModelChange)="setOption(i, { feedback: $event })"
              />
            </mat-form-field>
          </div>
        </li>
      }
    </ol>
    <button mat-stroked-button type="button" class="add" (click)="addOption()">
      {{ 'editor.choice.addOption' | t }}
    </button>
  `,
})
export class ChoiceEditor {
  readonly question = input.required<ChoiceQuestion>();
  readonly problems = input.required<ProblemIndex>();
  readonly bankId = input<string | null>(null);
  readonly questionChange = output<ChoiceQuestion>();

  protected readonly scorings: MultipleChoiceScoring[] = [
    'all_or_nothing',
    'partial',
    'weighted',
  ];
  protected readonly scoringKeys = CHOICE_SCORING_KEYS;
  protected readonly scoringHintKeys = CHOICE_SCORING_HINT_KEYS;
  protected readonly moved = moved<ChoiceOption>;
  protected readonly removed = removed<ChoiceOption>;
  protected readonly percent = toPercent;
  protected readonly fromPercent = fromPercent;

  protected patch(change: Partial<ChoiceQuestion>): void {
    this.questionChange.emit({
      ...this.question(),
      ...change,
    } as ChoiceQuestion);
  }

  protected setScoring(scoring: MultipleChoiceScoring): void {
    this.patch({ scoring } as Partial<MultipleChoiceQuestion>);
  }

  protected setOptions(options: ChoiceOption[]): void {
    this.patch({ options });
  }

  protected setOption(index: number, change: Partial<ChoiceOption>): void {
    this.setOptions(replaced(this.question().options, index, change));
  }

  /** Single choice: this option becomes the one right answer; others keep partial credit. */
  protected markCorrect(index: number): void {
    this.setOptions(
      this.question().options.map((o, i) =>
        i === index
          ? { ...o, fraction: 1 }
          : o.fraction === 1
            ? { ...o, fraction: 0 }
            : o,
      ),
    );
  }

  protected addOption(): void {
    const options = this.question().options;
    this.setOptions([
      ...options,
      {
        id: nextId(
          'o',
          options.map((o) => o.id),
        ),
        text: '',
        fraction: 0,
      },
    ]);
  }
}
