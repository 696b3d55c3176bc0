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
  EssayQuestion,
  RubricCriterion,
  RubricLevel,
} from '@pathwise/assessment';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { EntryActions, moved, removed, replaced } from './entry-actions';
import { FieldProblems } from './field-problems';
import { ProblemIndex, ProblemTextPipe } from './problem-text';
import { nextId } from './question-draft';
import { RichTextField } from './rich-text-field';

/** An emptied optional number field removes the limit. */
function optionalNumber(value: number | null | undefined): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

@Component({
  selector: 'app-essay-editor',
  imports: [
    FormsModule,
    MatButtonModule,
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
    <div class="row">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'editor.essay.format' | t }}</mat-label>
        <mat-select
          [value]="q.responseFormat"
          (selectionChange)="patch({ responseFormat: $event.value })"
        >
          <mat-option value="short">{{
            'editor.essay.format.short' | t
          }}</mat-option>
          <mat-option value="long">{{
            'editor.essay.format.long' | t
          }}</mat-option>
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'editor.essay.minWords' | t }}</mat-label>
        <input
          matInput
          type="number"
          min="0"
          step="1"
          [ngModel]="q.minWords ?? null"
          (ngModelChange)="patch({ minWords: optionalNumber($event) })"
          [errorStateMatcher]="p.matcher('minWords')"
        />
        @for (problem of p.at('minWords'); track $index) {
          <mat-error>{{ problem | problemText }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'editor.essay.maxWords' | t }}</mat-label>
        <input
          matInput
          type="number"
          min="1"
          step="1"
          [ngModel]="q.maxWords ?? null"
          (ngModelChange)="patch({ maxWords: optionalNumber($event) })"
          [errorStateMatcher]="p.matcher('maxWords')"
        />
        @for (problem of p.at('maxWords'); track $index) {
          <mat-error>{{ problem | problemText }}</mat-error>
        }
      </mat-form-field>
    </div>

    <h3 class="section-title">{{ 'editor.essay.rubric' | t }}</h3>
    <p class="hint">{{ 'editor.essay.rubricHint' | t }}</p>
    <app-field-problems [problems]="p.at('rubric')" />
    @if (q.rubric; as rubric) {
      <app-field-problems [problems]="p.at('rubric.criteria')" />
      <ol class="entries">
        @for (criterion of rubric.criteria; track $index; let c = $index) {
          @let at = 'rubric.criteria[' + c + ']';
          @let label = 'editor.essay.criterion' | t: { n: c + 1 };
          <li class="entry">
            <div class="entry-head">
              <h4>{{ label }}</h4>
              <app-entry-actions
                [label]="label"
                [index]="c"
                [count]="rubric.criteria.length"
                [min]="1"
                (move)="setCriteria(moved(rubric.criteria, c, $event))"
                (remove)="setCriteria(removed(rubric.criteria, c))"
              />
            </div>
            <mat-form-field appearance="outline" class="full">
              <mat-label>{{ 'editor.essay.criterionText' | t }}</mat-label>
              <input
                matInput
                required
                [ngModel]="criterion.description"
                (ngModelChange)="setCriterion(c, { description: $event })"
                [errorStateMatcher]="p.matcher(at + '.description')"
              />
              @for (problem of p.at(at + '.description'); track $index) {
                <mat-error>{{ problem | problemText }}</mat-error>
              }
            </mat-form-field>
            <app-field-problems [problems]="p.at(at + '.levels')" />
            @for (level of criterion.levels; track $index; let l = $index) {
              @let lat = at + '.levels[' + l + ']';
              <div class="row">
                <mat-form-field appearance="outline" class="narrow">
                  <mat-label>{{
                    'editor.essay.levelPoints' | t: { n: l + 1 }
                  }}</mat-label>
                  <input
                    matInput
                    type="number"
                    min="0"
                    step="any"
                    required
                    [ngModel]="level.points"
                    (ngModelChange)="setLevel(c, l, { points: $event ?? NaN })"
                    [errorStateMatcher]="p.matcher(lat + '.points')"
                  />
                  @for (problem of p.at(lat + '.points'); track $index) {
                    <mat-error>{{ problem | problemText }}</mat-error>
                  }
                </mat-form-field>
                <mat-form-field appearance="outline" class="wide">
                  <mat-label>{{
                    'editor.essay.levelText' | t: { n: l + 1 }
                  }}</mat-label>
                  <input
                    matInput
                    required
                    [ngModel]="level.description"
                    (ngModelChange)="setLevel(c, l, { description: $event })"
                    [errorStateMatcher]="p.matcher(lat + '.description')"
                  />
                  @for (problem of p.at(lat + '.description'); track $index) {
                    <mat-error>{{ problem | problemText }}</mat-error>
                  }
                </mat-form-field>
                <button
                  mat-icon-button
                  type="button"
                  [attr.aria-label]="
                    'editor.essay.removeLevel'
                      | t: { n: l + 1, criterion: c + 1 }
                  "
                  [disabled]="criterion.levels.length <= 1"
                  (click)="
                    setCriterion(c, { levels: removed(criterion.levels, l) })
                  "
                >
                  <span aria-hidden="true">✕</span>
                </button>
              </div>
            }
            <button mat-button type="button" class="add" (click)="addLevel(c)">
              {{ 'editor.essay.addLevel' | t }}
            </button>
          </li>
        }
      </ol>
      <div class="row">
        <button
          mat-stroked-button
          type="button"
          class="add"
          (click)="addCriterion()"
        >
          {{ 'editor.essay.addCriterion' | t }}
        </button>
        <button
          mat-button
          type="button"
          class="add"
          (click)="patch({ rubric: undefined })"
        >
          {{ 'editor.essay.removeRubric' | t }}
        </button>
      </div>
    } @else {
      <button
        mat-stroked-button
        type="button"
        class="add"
        (click)="addRubric()"
      >
        {{ 'editor.essay.addRubric' | t }}
      </button>
    }

    <app-rich-text-field
      [label]="'editor.essay.graderInfo' | t"
      [hint]="'editor.essay.graderInfoHint' | t"
      [value]="q.graderInfo ?? ''"
      [rows]="3"
      [bankId]="bankId()"
      [problems]="p.at('graderInfo')"
      (valueChange)="patch({ graderInfo: $event })"
    />
  `,
})
export class EssayEditor {
  readonly question = input.required<EssayQuestion>();
  readonly problems = input.required<ProblemIndex>();
  readonly bankId = input<string | null>(null);
  readonly questionChange = output<EssayQuestion>();

  protected readonly moved = moved;
  protected readonly removed = removed;
  protected readonly optionalNumber = optionalNumber;
  protected readonly NaN = Number.NaN;

  protected patch(change: Partial<EssayQuestion>): void {
    const next: EssayQuestion = { ...this.question(), ...change };
    for (const key of ['minWords', 'maxWords', 'rubric'] as const) {
      if (key in change && change[key] === undefined) delete next[key];
    }
    this.questionChange.emit(next);
  }

  private criteria(): RubricCriterion[] {
    return this.question().rubric?.criteria ?? [];
  }

  protected setCriteria(criteria: RubricCriterion[]): void {
    this.patch({ rubric: { criteria } });
  }

  protected setCriterion(
    index: number,
    change: Partial<RubricCriterion>,
  ): void {
    this.setCriteria(replaced(this.criteria(), index, change));
  }

  protected setLevel(
    criterion: number,
    index: number,
    change: Partial<RubricLevel>,
  ): void {
    this.setCriterion(criterion, {
      levels: replaced(this.criteria()[criterion].levels, index, change),
    });
  }

  protected addLevel(criterion: number): void {
    const levels = this.criteria()[criterion].levels;
    this.setCriterion(criterion, {
      levels: [...levels, { points: 0, description: '' }],
    });
  }

  protected addCriterion(): void {
    const criteria = this.criteria();
    this.setCriteria([
      ...criteria,
      newCriterion(
        nextId(
          'k',
          criteria.map((c) => c.id),
        ),
      ),
    ]);
  }

  protected addRubric(): void {
    this.setCriteria([newCriterion('k1')]);
  }
}

function newCriterion(id: string): RubricCriterion {
  return {
    id,
    description: '',
    levels: [
      { points: 2, description: '' },
      { points: 1, description: '' },
      { points: 0, description: '' },
    ],
  };
}
