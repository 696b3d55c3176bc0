import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { GRADING_METHODS } from '@pathwise/assessment';
import { CapabilityDimension } from '@pathwise/contracts';
import { I18nService } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { Icon } from '../../../shared/icon';
import {
  replaced,
  removed,
} from '../../question-bank/question-editor/entry-actions';
import { GRADING_METHOD_KEYS } from '../exam-labels';
import { IssueIndex } from './draft-issues';
import {
  DimensionPassMarkDraft,
  ExamSettingsDraft,
  newKey,
} from './exam-draft';
import { IssueTextPipe } from './issue-text.pipe';

/** The pass mark overall and per capability dimension, and which attempt counts. */
@Component({
  selector: 'app-exam-scoring-card',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    Icon,
    IssueTextPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './builder-form.scss',
  styles: `
    .marks {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .mark {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0 12px;
    }
    .mark mat-form-field {
      flex: 1 1 180px;
      margin-bottom: 12px;
    }
    .mark .percent {
      flex: 0 1 140px;
    }
    .mark button {
      margin-top: 8px;
    }
  `,
  template: `
    @let s = settings();
    @let p = issues();
    <div class="row">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'exams.builder.field.passPercent' | t }}</mat-label>
        <input
          matInput
          id="exam-field-passPercent"
          type="number"
          min="0"
          max="100"
          step="any"
          data-testid="exam-pass-percent"
          [ngModel]="s.passPercent"
          (ngModelChange)="patch({ passPercent: $event })"
          [errorStateMatcher]="p.matcher('passPercent')"
        />
        <span matTextSuffix>%</span>
        <mat-hint>{{ 'exams.builder.hint.passPercent' | t }}</mat-hint>
        @for (issue of p.at('passPercent'); track $index) {
          <mat-error>{{ issue | issueText }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'exams.builder.field.gradingMethod' | t }}</mat-label>
        <mat-select
          [value]="s.gradingMethod"
          (selectionChange)="patch({ gradingMethod: $event.value })"
          data-testid="exam-grading-method"
        >
          @for (method of gradingMethods; track method) {
            <mat-option [value]="method">{{
              gradingKeys[method] | t
            }}</mat-option>
          }
        </mat-select>
        <mat-hint>{{ 'exams.builder.hint.gradingMethod' | t }}</mat-hint>
      </mat-form-field>
    </div>

    <div id="exam-field-dimensionPassMarks" tabindex="-1">
      <h3>{{ 'exams.builder.field.dimensionPassMarks' | t }}</h3>
      <p class="help">{{ 'exams.builder.hint.dimensionPassMarks' | t }}</p>
      <ul class="marks">
        @for (mark of s.dimensionPassMarks; track mark.key; let i = $index) {
          @let field = 'dimensionPassMarks.' + i;
          <li class="mark">
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ 'exams.builder.field.dimension' | t }}</mat-label>
              <mat-select
                [value]="mark.code"
                (selectionChange)="setMark(i, { code: $event.value })"
                [errorStateMatcher]="p.matcher(field + '.code')"
                [attr.data-testid]="'dimension-mark-code-' + i"
              >
                @for (d of dimensions(); track d.code) {
                  <mat-option [value]="d.code">{{
                    dimensionName(d)
                  }}</mat-option>
                }
              </mat-select>
              @for (issue of p.at(field + '.code'); track $index) {
                <mat-error>{{ issue | issueText }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field
              appearance="outline"
              subscriptSizing="dynamic"
              class="percent"
            >
              <mat-label>{{ 'exams.builder.field.percent' | t }}</mat-label>
              <input
                matInput
                type="number"
                min="0"
                max="100"
                step="any"
                [ngModel]="mark.percent"
                (ngModelChange)="setMark(i, { percent: $event })"
                [errorStateMatcher]="p.matcher(field + '.percent')"
                [attr.data-testid]="'dimension-mark-percent-' + i"
              />
              <span matTextSuffix>%</span>
              @for (issue of p.at(field + '.percent'); track $index) {
                <mat-error>{{ issue | issueText }}</mat-error>
              }
            </mat-form-field>
            <button
              mat-icon-button
              type="button"
              [attr.aria-label]="
                'exams.builder.removeDimensionMark' | t: { n: i + 1 }
              "
              (click)="removeMark(i)"
            >
              <app-icon name="close" />
            </button>
          </li>
        }
      </ul>
      <button
        mat-stroked-button
        type="button"
        (click)="addMark()"
        data-testid="add-dimension-mark"
      >
        {{ 'exams.builder.addDimensionMark' | t }}
      </button>
    </div>
  `,
})
export class ExamScoringCard {
  private readonly i18n = inject(I18nService);

  readonly settings = input.required<ExamSettingsDraft>();
  readonly issues = input.required<IssueIndex>();
  readonly dimensions = input<CapabilityDimension[]>([]);
  readonly settingsChange = output<ExamSettingsDraft>();

  protected readonly gradingMethods = GRADING_METHODS;
  protected readonly gradingKeys = GRADING_METHOD_KEYS;

  protected patch(change: Partial<ExamSettingsDraft>): void {
    this.settingsChange.emit({ ...this.settings(), ...change });
  }

  protected setMark(
    index: number,
    change: Partial<DimensionPassMarkDraft>,
  ): void {
    this.patch({
      dimensionPassMarks: replaced(
        this.settings().dimensionPassMarks,
        index,
        change,
      ),
    });
  }

  protected addMark(): void {
    this.patch({
      dimensionPassMarks: [
        ...this.settings().dimensionPassMarks,
        { key: newKey(), code: '', percent: 60 },
      ],
    });
  }

  protected removeMark(index: number): void {
    this.patch({
      dimensionPassMarks: removed(this.settings().dimensionPassMarks, index),
    });
  }

  protected dimensionName(dimension: CapabilityDimension): string {
    return this.i18n.locale() === 'zh-CN' ? dimension.nameZh : dimension.nameEn;
  }
}
