import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import {
  MatchingChoice,
  MatchingPrompt,
  MatchingQuestion,
} from '@pathwise/assessment';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { EntryActions, moved, removed, replaced } from './entry-actions';
import { FieldProblems } from './field-problems';
import { ProblemIndex, ProblemTextPipe } from './problem-text';
import { nextId } from './question-draft';
import { RichTextField } from './rich-text-field';

/** Prompts each point to their choice; choices no prompt uses are distractors. */
@Component({
  selector: 'app-matching-editor',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
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
    <mat-form-field appearance="outline" class="full">
      <mat-label>{{ 'editor.match.scoring' | t }}</mat-label>
      <mat-select
        [value]="q.scoring"
        (selectionChange)="patch({ scoring: $event.value })"
      >
        <mat-option value="all_or_nothing">{{
          'editor.scoring.all_or_nothing' | t
        }}</mat-option>
        <mat-option value="partial">{{
          'editor.match.partial' | t
        }}</mat-option>
      </mat-select>
    </mat-form-field>

    <h3 class="section-title">{{ 'editor.match.choices' | t }}</h3>
    <p class="hint">{{ 'editor.match.choicesHint' | t }}</p>
    <app-field-problems [problems]="p.at('choices')" />
    <ol class="entries">
      @for (choice of q.choices; track choice.id; let i = $index) {
        @let label = 'editor.match.choice' | t: { n: i + 1 };
        <li class="entry">
          <div class="entry-head">
            <h4>
              {{ label }}
              @if (!used().has(choice.id)) {
                <span class="hint">· {{ 'editor.match.distractor' | t }}</span>
              }
            </h4>
            <app-entry-actions
              [label]="label"
              [index]="i"
              [count]="q.choices.length"
              (move)="setChoices(moved(q.choices, i, $event))"
              (remove)="removeChoice(i)"
            />
          </div>
          <app-rich-text-field
            [label]="'editor.match.choiceText' | t"
            [value]="choice.text"
            [rows]="1"
            [required]="true"
            [bankId]="bankId()"
            [problems]="p.at('choices[' + i + '].text')"
            [matcher]="p.matcher('choices[' + i + '].text')"
            (valueChange)="setChoices(replaced(q.choices, i, { text: $event }))"
          />
        </li>
      }
    </ol>
    <button mat-stroked-button type="button" class="add" (click)="addChoice()">
      {{ 'editor.match.addChoice' | t }}
    </button>

    <h3 class="section-title">{{ 'editor.match.prompts' | t }}</h3>
    <app-field-problems [problems]="p.at('prompts')" />
    <ol class="entries">
      @for (prompt of q.prompts; track prompt.id; let i = $index) {
        @let at = 'prompts[' + i + ']';
        @let label = 'editor.match.prompt' | t: { n: i + 1 };
        <li class="entry">
          <div class="entry-head">
            <h4>{{ label }}</h4>
            <app-entry-actions
              [label]="label"
              [index]="i"
              [count]="q.prompts.length"
              [min]="2"
              (move)="setPrompts(moved(q.prompts, i, $event))"
              (remove)="setPrompts(removed(q.prompts, i))"
            />
          </div>
          <app-rich-text-field
            [label]="'editor.match.promptText' | t"
            [value]="prompt.text"
            [rows]="1"
            [required]="true"
            [bankId]="bankId()"
            [problems]="p.at(at + '.text')"
            [matcher]="p.matcher(at + '.text')"
            (valueChange)="setPrompts(replaced(q.prompts, i, { text: $event }))"
          />
          <mat-form-field appearance="outline" class="full">
            <mat-label>{{ 'editor.match.matches' | t }}</mat-label>
            <mat-select
              [value]="prompt.choiceId"
              required
              (selectionChange)="
                setPrompts(replaced(q.prompts, i, { choiceId: $event.value }))
              "
            >
              @for (choice of q.choices; track choice.id; let c = $index) {
                <mat-option [value]="choice.id">
                  {{ 'editor.match.choice' | t: { n: c + 1 } }} —
                  {{ plain(choice.text) }}
                </mat-option>
              }
            </mat-select>
            @if (p.at(at + '.choiceId')[0]; as problem) {
              <mat-hint class="problem">{{ problem | problemText }}</mat-hint>
            }
          </mat-form-field>
        </li>
      }
    </ol>
    <button mat-stroked-button type="button" class="add" (click)="addPrompt()">
      {{ 'editor.match.addPrompt' | t }}
    </button>
  `,
})
export class MatchingEditor {
  readonly question = input.required<MatchingQuestion>();
  readonly problems = input.required<ProblemIndex>();
  readonly bankId = input<string | null>(null);
  readonly questionChange = output<MatchingQuestion>();

  protected readonly moved = moved;
  protected readonly removed = removed;
  protected readonly replaced = replaced;
  protected readonly used = computed(
    () => new Set(this.question().prompts.map((p) => p.choiceId)),
  );

  protected plain(html: string): string {
    const text = html
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return text.length > 60 ? `${text.slice(0, 60)}…` : text;
  }

  protected patch(change: Partial<MatchingQuestion>): void {
    this.questionChange.emit({ ...this.question(), ...change });
  }

  protected setChoices(choices: MatchingChoice[]): void {
    this.patch({ choices });
  }

  protected setPrompts(prompts: MatchingPrompt[]): void {
    this.patch({ prompts });
  }

  protected removeChoice(index: number): void {
    // Prompts that pointed to it are left unmatched, and validation says so.
    this.setChoices(removed(this.question().choices, index));
  }

  protected addChoice(): void {
    const choices = this.question().choices;
    this.setChoices([
      ...choices,
      {
        id: nextId(
          'c',
          choices.map((c) => c.id),
        ),
        text: '',
      },
    ]);
  }

  /** A new prompt comes with its own new choice, the usual case. */
  protected addPrompt(): void {
    const q = this.question();
    const choiceId = nextId(
      'c',
      q.choices.map((c) => c.id),
    );
    this.patch({
      choices: [...q.choices, { id: choiceId, text: '' }],
      prompts: [
        ...q.prompts,
        {
          id: nextId(
            'p',
            q.prompts.map((p) => p.id),
          ),
          text: '',
          choiceId,
        },
      ],
    });
  }
}
