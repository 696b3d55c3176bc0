import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  NumericalAnswer,
  NumericalQuestion,
  NumericalUnit,
} from '@pathwise/assessment';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { EntryActions, moved, removed, replaced } from './entry-actions';
import { FieldProblems } from './field-problems';
import { ProblemIndex, ProblemTextPipe } from './problem-text';
import { fromPercent, toPercent } from './question-draft';

/** A number field's value; an emptied field becomes NaN so validation names it. */
function num(value: number | null | undefined): number {
  return typeof value === 'number' ? value : Number.NaN;
}

@Component({
  selector: 'app-numerical-editor',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    EntryActions,
    FieldProblems,
    ProblemTextPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './editor.scss',
  template: `
    @let q = question();
    @let p = problems();
    <h3 class="section-title">{{ 'editor.num.answers' | t }}</h3>
    <p class="hint">{{ 'editor.num.answersHint' | t }}</p>
    <app-field-problems [problems]="p.at('answers')" />
    <ol class="entries">
      @for (answer of q.answers; track $index; let i = $index) {
        @let at = 'answers[' + i + ']';
        @let label = 'editor.num.answer' | t: { n: i + 1 };
        <li class="entry">
          <div class="entry-head">
            <h4>{{ label }}</h4>
            <app-entry-actions
              [label]="label"
              [index]="i"
              [count]="q.answers.length"
              [min]="1"
              (move)="setAnswers(moved(q.answers, i, $event))"
              (remove)="setAnswers(removed(q.answers, i))"
            />
          </div>
          <div class="row">
            <mat-form-field appearance="outline">
              <mat-label>{{ 'editor.num.value' | t }}</mat-label>
              <input
                matInput
                type="number"
                step="any"
                required
                [ngModel]="answer.value"
                (ngModelChange)="setAnswer(i, { value: num($event) })"
                [errorStateMatcher]="p.matcher(at + '.value')"
              />
              @for (problem of p.at(at + '.value'); track $index) {
                <mat-error>{{ problem | problemText }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'editor.num.tolerance' | t }}</mat-label>
              <span matTextPrefix>±&nbsp;</span>
              <input
                matInput
                type="number"
                step="any"
                min="0"
                [ngModel]="answer.tolerance"
                (ngModelChange)="setAnswer(i, { tolerance: num($event) })"
                [errorStateMatcher]="p.matcher(at + '.tolerance')"
              />
              @for (problem of p.at(at + '.tolerance'); track $index) {
                <mat-error>{{ problem | problemText }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field appearance="outline" class="narrow">
              <mat-label>{{ 'editor.credit' | t }}</mat-label>
              <input
                matInput
                type="number"
                step="any"
                min="0"
                max="100"
                [ngModel]="percent(answer.fraction)"
                (ngModelChange)="
                  setAnswer(i, { fraction: fromPercent($event) })
                "
                [errorStateMatcher]="p.matcher(at + '.fraction')"
              />
              <span matTextSuffix>%</span>
              @for (problem of p.at(at + '.fraction'); track $index) {
                <mat-error>{{ problem | problemText }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field appearance="outline" class="wide">
              <mat-label>{{ 'editor.feedback' | t }}</mat-label>
              <input
                matInput
                [ngModel]="answer.feedback ?? ''"
                (ngModelChange)="setAnswer(i, { feedback: $event })"
              />
            </mat-form-field>
          </div>
        </li>
      }
    </ol>
    <button mat-stroked-button type="button" class="add" (click)="addAnswer()">
      {{ 'editor.num.addAnswer' | t }}
    </button>

    <h3 class="section-title">{{ 'editor.num.units' | t }}</h3>
    <p class="hint">{{ 'editor.num.unitsHint' | t }}</p>
    <app-field-problems [problems]="p.at('units')" />
    @for (unit of q.units ?? []; track $index; let i = $index) {
      @let at = 'units[' + i + ']';
      <div class="row">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'editor.num.unit' | t: { n: i + 1 } }}</mat-label>
          <input
            matInput
            required
            [ngModel]="unit.unit"
            (ngModelChange)="setUnit(i, { unit: $event })"
            [errorStateMatcher]="p.matcher(at + '.unit')"
          />
          @for (problem of p.at(at + '.unit'); track $index) {
            <mat-error>{{ problem | problemText }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'editor.num.multiplier' | t }}</mat-label>
          <input
            matInput
            type="number"
            step="any"
            required
            [ngModel]="unit.multiplier"
            [readonly]="i === 0"
            (ngModelChange)="setUnit(i, { multiplier: num($event) })"
            [errorStateMatcher]="p.matcher(at + '.multiplier')"
          />
          @if (i === 0) {
            <mat-hint>{{ 'editor.num.baseUnit' | t }}</mat-hint>
          }
          @for (problem of p.at(at + '.multiplier'); track $index) {
            <mat-error>{{ problem | problemText }}</mat-error>
          }
        </mat-form-field>
        <app-entry-actions
          [label]="'editor.num.unit' | t: { n: i + 1 }"
          [index]="i"
          [count]="(q.units ?? []).length"
          (move)="setUnits(moved(q.units ?? [], i, $event))"
          (remove)="setUnits(removed(q.units ?? [], i))"
        />
      </div>
    }
    <button mat-stroked-button type="button" class="add" (click)="addUnit()">
      {{ 'editor.num.addUnit' | t }}
    </button>
    <div class="row">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'editor.num.unitPolicy' | t }}</mat-label>
        <mat-select
          [value]="q.unitPolicy"
          (selectionChange)="patch({ unitPolicy: $event.value })"
        >
          <mat-option value="optional">{{
            'editor.num.unitPolicy.optional' | t
          }}</mat-option>
          <mat-option value="required">{{
            'editor.num.unitPolicy.required' | t
          }}</mat-option>
        </mat-select>
        @if (p.at('unitPolicy')[0]; as problem) {
          <mat-hint class="problem">{{ problem | problemText }}</mat-hint>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'editor.num.unitPenalty' | t }}</mat-label>
        <input
          matInput
          type="number"
          step="any"
          min="0"
          max="100"
          [ngModel]="percent(q.unitPenalty)"
          (ngModelChange)="patch({ unitPenalty: fromPercent($event) })"
          [errorStateMatcher]="p.matcher('unitPenalty')"
        />
        <span matTextSuffix>%</span>
        @for (problem of p.at('unitPenalty'); track $index) {
          <mat-error>{{ problem | problemText }}</mat-error>
        }
      </mat-form-field>
    </div>
  `,
})
export class NumericalEditor {
  readonly question = input.required<NumericalQuestion>();
  readonly problems = input.required<ProblemIndex>();
  readonly bankId = input<string | null>(null);
  readonly questionChange = output<NumericalQuestion>();

  protected readonly moved = moved;
  protected readonly removed = removed;
  protected readonly percent = toPercent;
  protected readonly fromPercent = fromPercent;
  protected readonly num = num;

  protected patch(change: Partial<NumericalQuestion>): void {
    this.questionChange.emit({ ...this.question(), ...change });
  }

  protected setAnswers(answers: NumericalAnswer[]): void {
    this.patch({ answers });
  }

  protected setAnswer(index: number, change: Partial<NumericalAnswer>): void {
    this.setAnswers(replaced(this.question().answers, index, change));
  }

  protected addAnswer(): void {
    this.setAnswers([
      ...this.question().answers,
      { value: 0, tolerance: 0, fraction: 0.5 },
    ]);
  }

  protected setUnits(units: NumericalUnit[]): void {
    // The first unit is the base the answers are given in: its multiplier is always 1.
    this.patch({
      units: units.map((u, i) => (i === 0 ? { ...u, multiplier: 1 } : u)),
    });
  }

  protected setUnit(index: number, change: Partial<NumericalUnit>): void {
    this.setUnits(replaced(this.question().units ?? [], index, change));
  }

  protected addUnit(): void {
    const units = this.question().units ?? [];
    this.setUnits([
      ...units,
      { unit: '', multiplier: units.length === 0 ? 1 : 1000 },
    ]);
  }
}
