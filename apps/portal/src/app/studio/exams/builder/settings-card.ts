import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { EXAM_PURPOSES } from '@pathwise/contracts';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { PURPOSE_HINT_KEYS, PURPOSE_KEYS } from '../exam-labels';
import { IssueIndex } from './draft-issues';
import { ExamSettingsDraft } from './exam-draft';
import { IssueTextPipe } from './issue-text.pipe';

/** What the exam is, when it can be taken and how often. */
@Component({
  selector: 'app-exam-settings-card',
  imports: [
    FormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    IssueTextPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './builder-form.scss',
  template: `
    @let s = settings();
    @let p = issues();
    <div class="row">
      <mat-form-field
        appearance="outline"
        subscriptSizing="dynamic"
        class="wide"
      >
        <mat-label>{{ 'exams.builder.field.title' | t }}</mat-label>
        <input
          matInput
          id="exam-field-title"
          required
          maxlength="200"
          data-testid="exam-title"
          [ngModel]="s.title"
          (ngModelChange)="patch({ title: $event })"
          [errorStateMatcher]="p.matcher('title')"
        />
        @for (issue of p.at('title'); track $index) {
          <mat-error>{{ issue | issueText }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'exams.builder.field.purpose' | t }}</mat-label>
        <mat-select
          [value]="s.purpose"
          (selectionChange)="patch({ purpose: $event.value })"
          data-testid="exam-purpose"
        >
          @for (purpose of purposes; track purpose) {
            <mat-option [value]="purpose">{{
              purposeKeys[purpose] | t
            }}</mat-option>
          }
        </mat-select>
        <mat-hint>{{ purposeHintKeys[s.purpose] | t }}</mat-hint>
      </mat-form-field>
    </div>
    <mat-form-field appearance="outline" subscriptSizing="dynamic" class="full">
      <mat-label>{{ 'exams.builder.field.description' | t }}</mat-label>
      <textarea
        matInput
        rows="2"
        maxlength="5000"
        data-testid="exam-description"
        [ngModel]="s.description"
        (ngModelChange)="patch({ description: $event })"
      ></textarea>
      <mat-hint>{{ 'exams.builder.hint.description' | t }}</mat-hint>
    </mat-form-field>

    <h3>{{ 'exams.builder.settings.timing' | t }}</h3>
    <div class="row">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'exams.builder.field.timeLimit' | t }}</mat-label>
        <input
          matInput
          type="number"
          min="1"
          max="1440"
          step="1"
          data-testid="exam-time-limit"
          [ngModel]="s.timeLimitMinutes"
          (ngModelChange)="patch({ timeLimitMinutes: $event })"
          [errorStateMatcher]="p.matcher('timeLimitMinutes')"
        />
        <span matTextSuffix>{{ 'exams.builder.minutesUnit' | t }}</span>
        <mat-hint>{{ 'exams.builder.hint.timeLimit' | t }}</mat-hint>
        @for (issue of p.at('timeLimitMinutes'); track $index) {
          <mat-error>{{ issue | issueText }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'exams.builder.field.opensAt' | t }}</mat-label>
        <input
          matInput
          id="exam-field-opensAt"
          type="datetime-local"
          data-testid="exam-opens-at"
          [ngModel]="s.opensAt"
          (ngModelChange)="patch({ opensAt: $event })"
          [errorStateMatcher]="p.matcher('opensAt')"
        />
        <mat-hint>{{ 'exams.builder.hint.opensAt' | t }}</mat-hint>
        @for (issue of p.at('opensAt'); track $index) {
          <mat-error>{{ issue | issueText }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'exams.builder.field.closesAt' | t }}</mat-label>
        <input
          matInput
          type="datetime-local"
          data-testid="exam-closes-at"
          [ngModel]="s.closesAt"
          (ngModelChange)="patch({ closesAt: $event })"
          [errorStateMatcher]="p.matcher('closesAt')"
        />
        <mat-hint>{{ 'exams.builder.hint.closesAt' | t }}</mat-hint>
        @for (issue of p.at('closesAt'); track $index) {
          <mat-error>{{ issue | issueText }}</mat-error>
        }
      </mat-form-field>
    </div>

    <h3>{{ 'exams.builder.settings.attempts' | t }}</h3>
    <div class="row">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'exams.builder.field.maxAttempts' | t }}</mat-label>
        <input
          matInput
          type="number"
          min="1"
          max="100"
          step="1"
          data-testid="exam-max-attempts"
          [ngModel]="s.maxAttempts"
          (ngModelChange)="patch({ maxAttempts: $event })"
          [errorStateMatcher]="p.matcher('maxAttempts')"
        />
        <mat-hint>{{ 'exams.builder.hint.maxAttempts' | t }}</mat-hint>
        @for (issue of p.at('maxAttempts'); track $index) {
          <mat-error>{{ issue | issueText }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'exams.builder.field.cooldown' | t }}</mat-label>
        <input
          matInput
          type="number"
          min="0"
          step="1"
          data-testid="exam-cooldown"
          [ngModel]="s.cooldownMinutes"
          (ngModelChange)="patch({ cooldownMinutes: $event })"
          [errorStateMatcher]="p.matcher('cooldownMinutes')"
        />
        <span matTextSuffix>{{ 'exams.builder.minutesUnit' | t }}</span>
        <mat-hint>{{ 'exams.builder.hint.cooldown' | t }}</mat-hint>
        @for (issue of p.at('cooldownMinutes'); track $index) {
          <mat-error>{{ issue | issueText }}</mat-error>
        }
      </mat-form-field>
    </div>
  `,
})
export class ExamSettingsCard {
  readonly settings = input.required<ExamSettingsDraft>();
  readonly issues = input.required<IssueIndex>();
  readonly settingsChange = output<ExamSettingsDraft>();

  protected readonly purposes = EXAM_PURPOSES;
  protected readonly purposeKeys = PURPOSE_KEYS;
  protected readonly purposeHintKeys = PURPOSE_HINT_KEYS;

  protected patch(change: Partial<ExamSettingsDraft>): void {
    this.settingsChange.emit({ ...this.settings(), ...change });
  }
}
