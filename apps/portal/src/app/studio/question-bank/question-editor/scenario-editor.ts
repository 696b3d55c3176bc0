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
  PartQuestion,
  ScenarioPart,
  ScenarioQuestion,
} from '@pathwise/assessment';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { QUESTION_TYPE_KEYS } from '../labels';
import { EntryActions, moved, removed, replaced } from './entry-actions';
import { FieldProblems } from './field-problems';
import { PartEditor } from './part-editor';
import { ProblemIndex, ProblemTextPipe } from './problem-text';
import {
  PART_QUESTION_TYPES,
  PartQuestionType,
  changeType,
  nextId,
  starterPart,
} from './question-draft';
import { RichTextField } from './rich-text-field';

/** A customer case and its parts; each part is a full question of any other type. */
@Component({
  selector: 'app-scenario-editor',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    EntryActions,
    FieldProblems,
    PartEditor,
    ProblemTextPipe,
    RichTextField,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './editor.scss',
  template: `
    @let q = question();
    @let p = problems();
    <app-rich-text-field
      [label]="'editor.stem' | t"
      [value]="q.stem"
      [rows]="2"
      [required]="true"
      [bankId]="bankId()"
      [problems]="p.at('stem')"
      [matcher]="p.matcher('stem')"
      testId="stem"
      (valueChange)="patch({ stem: $event })"
    />
    <app-rich-text-field
      [label]="'editor.scenario.caseText' | t"
      [hint]="'editor.scenario.caseTextHint' | t"
      [value]="q.caseText"
      [rows]="6"
      [required]="true"
      [bankId]="bankId()"
      [problems]="p.at('caseText')"
      [matcher]="p.matcher('caseText')"
      (valueChange)="patch({ caseText: $event })"
    />
    <h3 class="section-title">{{ 'editor.scenario.parts' | t }}</h3>
    <app-field-problems [problems]="p.at('parts')" />
    <ol class="entries">
      @for (part of q.parts; track $index; let i = $index) {
        @let at = 'parts[' + i + ']';
        @let label =
          'questionView.part' | t: { n: i + 1, total: q.parts.length };
        <li class="entry">
          <div class="entry-head">
            <h4>{{ label }}</h4>
            <app-entry-actions
              [label]="label"
              [index]="i"
              [count]="q.parts.length"
              [min]="1"
              (move)="setParts(moved(q.parts, i, $event))"
              (remove)="setParts(removed(q.parts, i))"
            />
          </div>
          <div class="row">
            <mat-form-field appearance="outline">
              <mat-label>{{ 'editor.scenario.partType' | t }}</mat-label>
              <mat-select
                [value]="part.question.type"
                (selectionChange)="setPartType(i, $event.value)"
              >
                @for (type of partTypes; track type) {
                  <mat-option [value]="type">{{
                    typeKeys[type] | t
                  }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field appearance="outline" class="narrow">
              <mat-label>{{ 'editor.scenario.weight' | t }}</mat-label>
              <input
                matInput
                type="number"
                min="0"
                step="any"
                required
                [ngModel]="part.weight"
                (ngModelChange)="setPart(i, { weight: $event ?? NaN })"
                [errorStateMatcher]="p.matcher(at + '.weight')"
              />
              @for (problem of p.at(at + '.weight'); track $index) {
                <mat-error>{{ problem | problemText }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field appearance="outline" class="narrow">
              <mat-label>{{ 'editor.scenario.partId' | t }}</mat-label>
              <input
                matInput
                required
                [ngModel]="part.id"
                (ngModelChange)="setPart(i, { id: $event })"
                [errorStateMatcher]="p.matcher(at + '.id')"
              />
              @for (problem of p.at(at + '.id'); track $index) {
                <mat-error>{{ problem | problemText }}</mat-error>
              }
            </mat-form-field>
          </div>
          <app-field-problems [problems]="p.at(at + '.question')" />
          <app-part-editor
            [question]="part.question"
            [problems]="p.under(at + '.question')"
            [bankId]="bankId()"
            [testIdPrefix]="'part-' + i + '-'"
            (questionChange)="setPart(i, { question: $event })"
          />
        </li>
      }
    </ol>
    <button mat-stroked-button type="button" class="add" (click)="addPart()">
      {{ 'editor.scenario.addPart' | t }}
    </button>
    <app-rich-text-field
      [label]="'editor.generalFeedback' | t"
      [hint]="'editor.generalFeedbackHint' | t"
      [value]="q.generalFeedback ?? ''"
      [rows]="2"
      [bankId]="bankId()"
      [problems]="p.at('generalFeedback')"
      (valueChange)="patch({ generalFeedback: $event })"
    />
  `,
})
export class ScenarioEditor {
  readonly question = input.required<ScenarioQuestion>();
  readonly problems = input.required<ProblemIndex>();
  readonly bankId = input<string | null>(null);
  readonly questionChange = output<ScenarioQuestion>();

  protected readonly partTypes = PART_QUESTION_TYPES;
  protected readonly typeKeys = QUESTION_TYPE_KEYS;
  protected readonly moved = moved;
  protected readonly removed = removed;
  protected readonly NaN = Number.NaN;

  protected patch(change: Partial<ScenarioQuestion>): void {
    this.questionChange.emit({ ...this.question(), ...change });
  }

  protected setParts(parts: ScenarioPart[]): void {
    this.patch({ parts });
  }

  protected setPart(index: number, change: Partial<ScenarioPart>): void {
    this.setParts(replaced(this.question().parts, index, change));
  }

  protected setPartType(index: number, type: PartQuestionType): void {
    const question: PartQuestion = changeType(
      this.question().parts[index].question,
      type,
    );
    this.setPart(index, { question });
  }

  protected addPart(): void {
    const parts = this.question().parts;
    this.setParts([
      ...parts,
      {
        id: nextId(
          'part',
          parts.map((p) => p.id),
        ),
        weight: 1,
        question: starterPart('single_choice'),
      },
    ]);
  }
}
