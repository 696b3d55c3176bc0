import { COMMA, ENTER, SEMICOLON } from '@angular/cdk/keycodes';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  BLOOM_LEVELS,
  CapabilityDimension,
  QUESTION_STATUSES,
} from '@pathwise/contracts';
import { I18nService } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { CategoryOption } from '../category-tree';
import { BLOOM_KEYS, DIFFICULTIES, QUESTION_STATUS_KEYS } from '../labels';
import { ProblemIndex, ProblemTextPipe } from './problem-text';
import {
  QuestionMetaDraft,
  normaliseTags,
  splitTagInput,
} from './question-draft';

/** Name, place in the bank and classification: everything but the question's content. */
@Component({
  selector: 'app-question-meta-form',
  imports: [
    FormsModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ProblemTextPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './editor.scss',
  host: { class: 'meta-form' },
  template: `
    @let m = meta();
    @let p = problems();
    <div class="row">
      <mat-form-field
        appearance="outline"
        subscriptSizing="dynamic"
        class="wide"
      >
        <mat-label>{{ 'editor.meta.name' | t }}</mat-label>
        <input
          matInput
          required
          maxlength="200"
          data-testid="question-name"
          [ngModel]="m.name"
          (ngModelChange)="patch({ name: $event })"
          [errorStateMatcher]="p.matcher('meta.name')"
        />
        <mat-hint>{{ 'editor.meta.nameHint' | t }}</mat-hint>
        @for (problem of p.at('meta.name'); track $index) {
          <mat-error>{{ problem | problemText }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'editor.meta.category' | t }}</mat-label>
        <mat-select
          required
          [value]="m.categoryId"
          (selectionChange)="patch({ categoryId: $event.value })"
          data-testid="question-category"
        >
          @for (option of categories(); track option.id) {
            <mat-option [value]="option.id">
              <span [style.padding-inline-start.px]="(option.level - 1) * 16">{{
                option.name
              }}</span>
            </mat-option>
          }
        </mat-select>
        @if (p.revealAll ? p.at('meta.categoryId')[0] : null; as problem) {
          <mat-hint class="problem">{{ problem | problemText }}</mat-hint>
        }
      </mat-form-field>
    </div>
    <div class="row">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'editor.meta.status' | t }}</mat-label>
        <mat-select
          [value]="m.status"
          (selectionChange)="patch({ status: $event.value })"
          data-testid="question-status"
        >
          @for (status of statuses; track status) {
            <mat-option [value]="status">{{
              statusKeys[status] | t
            }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'editor.meta.difficulty' | t }}</mat-label>
        <mat-select
          [value]="m.difficulty"
          (selectionChange)="patch({ difficulty: $event.value })"
        >
          <mat-option [value]="null">{{ 'editor.meta.notSet' | t }}</mat-option>
          @for (d of difficulties; track d) {
            <mat-option [value]="d">{{
              'bank.difficulty.level' | t: { n: d }
            }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'editor.meta.bloom' | t }}</mat-label>
        <mat-select
          [value]="m.bloom"
          (selectionChange)="patch({ bloom: $event.value })"
        >
          <mat-option [value]="null">{{ 'editor.meta.notSet' | t }}</mat-option>
          @for (level of bloomLevels; track level) {
            <mat-option [value]="level">{{ bloomKeys[level] | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field
        appearance="outline"
        subscriptSizing="dynamic"
        class="narrow"
      >
        <mat-label>{{ 'editor.meta.points' | t }}</mat-label>
        <input
          matInput
          type="number"
          min="0"
          step="any"
          required
          [ngModel]="m.defaultPoints"
          (ngModelChange)="patch({ defaultPoints: $event })"
          [errorStateMatcher]="p.matcher('meta.defaultPoints')"
        />
        @for (problem of p.at('meta.defaultPoints'); track $index) {
          <mat-error>{{ problem | problemText }}</mat-error>
        }
      </mat-form-field>
    </div>
    <div class="row">
      <mat-form-field
        appearance="outline"
        subscriptSizing="dynamic"
        class="wide"
      >
        <mat-label>{{ 'editor.meta.tags' | t }}</mat-label>
        <mat-chip-grid #tagGrid [attr.aria-label]="'editor.meta.tags' | t">
          @for (tag of m.tags; track tag) {
            <mat-chip-row (removed)="removeTag(tag)">
              {{ tag }}
              <button
                matChipRemove
                type="button"
                [attr.aria-label]="'editor.meta.removeTag' | t: { tag }"
              >
                <span aria-hidden="true">✕</span>
              </button>
            </mat-chip-row>
          }
        </mat-chip-grid>
        <!-- Outside the grid: a textbox is not a valid child of role=grid (axe aria-required-children). -->
        <input
          data-testid="question-tags"
          [matChipInputFor]="tagGrid"
          [matChipInputSeparatorKeyCodes]="separators"
          [matChipInputAddOnBlur]="true"
          (matChipInputTokenEnd)="addTags($event)"
        />
        <mat-hint>{{ 'editor.meta.tagsHint' | t }}</mat-hint>
      </mat-form-field>
      <mat-form-field
        appearance="outline"
        subscriptSizing="dynamic"
        class="wide"
      >
        <mat-label>{{ 'editor.meta.dimensions' | t }}</mat-label>
        <mat-select
          multiple
          [value]="m.dimensionCodes"
          (selectionChange)="patch({ dimensionCodes: $event.value })"
        >
          @for (dimension of dimensions(); track dimension.code) {
            <mat-option [value]="dimension.code">{{
              dimensionName(dimension)
            }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </div>
    <div class="row">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'editor.meta.idNumber' | t }}</mat-label>
        <input
          matInput
          maxlength="100"
          [ngModel]="m.idNumber"
          (ngModelChange)="patch({ idNumber: $event })"
        />
        <mat-hint>{{ 'editor.meta.idNumberHint' | t }}</mat-hint>
      </mat-form-field>
      <mat-form-field
        appearance="outline"
        subscriptSizing="dynamic"
        class="wide"
      >
        <mat-label>{{ 'editor.meta.changeNote' | t }}</mat-label>
        <input
          matInput
          maxlength="500"
          data-testid="change-note"
          [ngModel]="m.changeNote"
          (ngModelChange)="patch({ changeNote: $event })"
        />
        <mat-hint>{{
          (editing()
            ? 'editor.meta.changeNoteHint'
            : 'editor.meta.changeNoteNewHint'
          ) | t
        }}</mat-hint>
      </mat-form-field>
    </div>
  `,
})
export class QuestionMetaForm {
  private readonly i18n = inject(I18nService);

  readonly meta = input.required<QuestionMetaDraft>();
  readonly categories = input<CategoryOption[]>([]);
  readonly dimensions = input<CapabilityDimension[]>([]);
  readonly problems = input.required<ProblemIndex>();
  readonly editing = input(false);
  readonly metaChange = output<QuestionMetaDraft>();

  protected readonly statuses = QUESTION_STATUSES;
  protected readonly statusKeys = QUESTION_STATUS_KEYS;
  protected readonly bloomLevels = BLOOM_LEVELS;
  protected readonly bloomKeys = BLOOM_KEYS;
  protected readonly difficulties = DIFFICULTIES;
  protected readonly separators = [ENTER, COMMA, SEMICOLON];

  protected patch(change: Partial<QuestionMetaDraft>): void {
    this.metaChange.emit({ ...this.meta(), ...change });
  }

  protected addTags(event: MatChipInputEvent): void {
    const added = splitTagInput(event.value);
    if (added.length > 0)
      this.patch({ tags: normaliseTags([...this.meta().tags, ...added]) });
    event.chipInput.clear();
  }

  protected removeTag(tag: string): void {
    this.patch({ tags: this.meta().tags.filter((t) => t !== tag) });
  }

  protected dimensionName(dimension: CapabilityDimension): string {
    return this.i18n.locale() === 'zh-CN' ? dimension.nameZh : dimension.nameEn;
  }
}
