import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
  viewChild,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { AcceptedAnswer, Blank, FillBlankQuestion } from '@pathwise/assessment';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { EntryActions, removed, replaced } from './entry-actions';
import { FieldProblems } from './field-problems';
import { ProblemIndex, ProblemTextPipe } from './problem-text';
import {
  emptyAccepted,
  fromPercent,
  nextId,
  syncBlanks,
  toPercent,
} from './question-draft';
import { RichTextField } from './rich-text-field';

/**
 * The text holds `[[id]]` placeholders; each blank lists the answers it accepts. Typing a new
 * placeholder adds its blank, and "Insert blank" does both at the cursor.
 */
@Component({
  selector: 'app-fill-blank-editor',
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
    <app-rich-text-field
      #text
      [label]="'editor.blank.text' | t"
      [hint]="'editor.blank.textHint' | t"
      [value]="q.text"
      [rows]="4"
      [required]="true"
      [bankId]="bankId()"
      [problems]="p.at('text')"
      [matcher]="p.matcher('text')"
      testId="blank-text"
      (valueChange)="setText($event)"
    />
    <button
      mat-stroked-button
      type="button"
      class="add"
      (click)="insertBlank()"
    >
      {{ 'editor.blank.insert' | t }}
    </button>

    <h3 class="section-title">{{ 'editor.blank.blanks' | t }}</h3>
    <app-field-problems [problems]="p.at('blanks')" />
    <ol class="entries">
      @for (blank of q.blanks; track $index; let b = $index) {
        @let at = 'blanks[' + b + ']';
        @let label = 'editor.blank.blank' | t: { id: blank.id };
        <li class="entry">
          <div class="entry-head">
            <h4>{{ label }}</h4>
            <mat-checkbox
              [checked]="!!blank.caseSensitive"
              (change)="setBlank(b, { caseSensitive: $event.checked })"
            >
              {{ 'editor.blank.caseSensitive' | t }}
            </mat-checkbox>
            <app-entry-actions
              [label]="label"
              [index]="b"
              [count]="q.blanks.length"
              (move)="moveBlank(b, $event)"
              (remove)="setBlanks(removed(q.blanks, b))"
            />
          </div>
          <app-field-problems [problems]="p.at(at + '.accepted')" />
          @for (accepted of blank.accepted; track $index; let a = $index) {
            @let aat = at + '.accepted[' + a + ']';
            <div class="row">
              <mat-form-field appearance="outline" class="narrow">
                <mat-label>{{ 'editor.blank.kind' | t }}</mat-label>
                <mat-select
                  [value]="accepted.kind"
                  (selectionChange)="setAccepted(b, a, { kind: $event.value })"
                >
                  <mat-option value="text">{{
                    'editor.blank.kind.text' | t
                  }}</mat-option>
                  <mat-option value="regex">{{
                    'editor.blank.kind.regex' | t
                  }}</mat-option>
                </mat-select>
              </mat-form-field>
              <mat-form-field appearance="outline" class="wide">
                <mat-label>{{
                  'editor.blank.accepted' | t: { n: a + 1 }
                }}</mat-label>
                <input
                  matInput
                  required
                  [ngModel]="accepted.value"
                  (ngModelChange)="setAccepted(b, a, { value: $event })"
                  [errorStateMatcher]="p.matcher(aat + '.value')"
                />
                @for (problem of p.at(aat + '.value'); track $index) {
                  <mat-error>{{ problem | problemText }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field appearance="outline" class="narrow">
                <mat-label>{{ 'editor.credit' | t }}</mat-label>
                <input
                  matInput
                  type="number"
                  min="0"
                  max="100"
                  step="any"
                  [ngModel]="percent(accepted.fraction)"
                  (ngModelChange)="
                    setAccepted(b, a, { fraction: fromPercent($event) })
                  "
                  [errorStateMatcher]="p.matcher(aat + '.fraction')"
                />
                <span matTextSuffix>%</span>
                @for (problem of p.at(aat + '.fraction'); track $index) {
                  <mat-error>{{ problem | problemText }}</mat-error>
                }
              </mat-form-field>
              <button
                mat-icon-button
                type="button"
                [attr.aria-label]="
                  'editor.blank.removeAccepted' | t: { n: a + 1, id: blank.id }
                "
                [disabled]="blank.accepted.length <= 1"
                (click)="setBlank(b, { accepted: removed(blank.accepted, a) })"
              >
                <span aria-hidden="true">✕</span>
              </button>
            </div>
          }
          <button mat-button type="button" class="add" (click)="addAccepted(b)">
            {{ 'editor.blank.addAccepted' | t }}
          </button>
        </li>
      }
    </ol>
  `,
})
export class FillBlankEditor {
  readonly question = input.required<FillBlankQuestion>();
  readonly problems = input.required<ProblemIndex>();
  readonly bankId = input<string | null>(null);
  readonly questionChange = output<FillBlankQuestion>();

  protected readonly removed = removed;
  protected readonly percent = toPercent;
  protected readonly fromPercent = fromPercent;
  private readonly textField = viewChild.required<RichTextField>('text');

  private patch(change: Partial<FillBlankQuestion>): void {
    this.questionChange.emit({ ...this.question(), ...change });
  }

  protected setText(text: string): void {
    this.patch({ text, blanks: syncBlanks(text, this.question().blanks) });
  }

  protected insertBlank(): void {
    const id = nextId(
      'b',
      this.question().blanks.map((b) => b.id),
    );
    // The field emits the new text, and setText adds the blank for it.
    this.textField().insert(`[[${id}]]`);
  }

  protected setBlanks(blanks: Blank[]): void {
    this.patch({ blanks });
  }

  protected setBlank(index: number, change: Partial<Blank>): void {
    this.setBlanks(replaced(this.question().blanks, index, change));
  }

  protected moveBlank(index: number, delta: number): void {
    const blanks = [...this.question().blanks];
    const target = index + delta;
    if (target < 0 || target >= blanks.length) return;
    [blanks[index], blanks[target]] = [blanks[target], blanks[index]];
    this.setBlanks(blanks);
  }

  protected setAccepted(
    blank: number,
    index: number,
    change: Partial<AcceptedAnswer>,
  ): void {
    const accepted = replaced(
      this.question().blanks[blank].accepted,
      index,
      change,
    );
    this.setBlank(blank, { accepted });
  }

  protected addAccepted(blank: number): void {
    const accepted = [
      ...this.question().blanks[blank].accepted,
      { ...emptyAccepted(), fraction: 1 },
    ];
    this.setBlank(blank, { accepted });
  }
}
