import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import {
  REVIEW_TIMINGS,
  ReviewPolicy,
  ReviewTiming,
} from '@pathwise/assessment';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { REVIEW_TIMING_KEYS } from '../exam-labels';
import { ExamSettingsDraft } from './exam-draft';

type ReviewPart = Exclude<keyof ReviewPolicy, 'when'>;

/** How the exam is shown to the agent and what they may see afterwards. */
@Component({
  selector: 'app-exam-delivery-card',
  imports: [
    MatCheckboxModule,
    MatFormFieldModule,
    MatRadioModule,
    MatSelectModule,
    MatSlideToggleModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './builder-form.scss',
  styles: `
    .toggles {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin-bottom: 16px;
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 0 0 12px;
    }
    .groups {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 32px;
    }
  `,
  template: `
    @let s = settings();
    <div class="toggles">
      <mat-slide-toggle
        [checked]="s.shuffleQuestions"
        (change)="patch({ shuffleQuestions: $event.checked })"
        data-testid="exam-shuffle-questions"
      >
        {{ 'exams.builder.field.shuffleQuestions' | t }}
      </mat-slide-toggle>
      <mat-slide-toggle
        [checked]="s.shuffleOptions"
        (change)="patch({ shuffleOptions: $event.checked })"
        data-testid="exam-shuffle-options"
      >
        {{ 'exams.builder.field.shuffleOptions' | t }}
      </mat-slide-toggle>
    </div>
    <div class="groups">
      <div class="choice-group">
        <span class="group-label" id="exam-layout-label">{{
          'exams.builder.field.layout' | t
        }}</span>
        <mat-radio-group
          class="choice-group"
          aria-labelledby="exam-layout-label"
          [value]="s.layout"
          (change)="patch({ layout: $event.value })"
        >
          <mat-radio-button value="one_per_page">{{
            'exams.builder.layout.one_per_page' | t
          }}</mat-radio-button>
          <mat-radio-button value="all_on_one_page">{{
            'exams.builder.layout.all_on_one_page' | t
          }}</mat-radio-button>
        </mat-radio-group>
      </div>
      <div class="choice-group">
        <span class="group-label" id="exam-navigation-label">{{
          'exams.builder.field.navigation' | t
        }}</span>
        <mat-radio-group
          class="choice-group"
          aria-labelledby="exam-navigation-label"
          [value]="s.navigation"
          (change)="patch({ navigation: $event.value })"
        >
          <mat-radio-button value="free">{{
            'exams.builder.navigation.free' | t
          }}</mat-radio-button>
          <mat-radio-button value="sequential">{{
            'exams.builder.navigation.sequential' | t
          }}</mat-radio-button>
        </mat-radio-group>
      </div>
    </div>

    <h3>{{ 'exams.builder.field.review' | t }}</h3>
    <div class="row">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'exams.builder.field.reviewWhen' | t }}</mat-label>
        <mat-select
          [value]="s.review.when"
          (selectionChange)="setWhen($event.value)"
          data-testid="exam-review-when"
        >
          @for (when of timings; track when) {
            <mat-option [value]="when">{{ timingKeys[when] | t }}</mat-option>
          }
        </mat-select>
        <mat-hint>{{ 'exams.builder.hint.reviewWhen' | t }}</mat-hint>
      </mat-form-field>
    </div>
    <fieldset class="choice-group" [disabled]="s.review.when === 'never'">
      <legend class="group-label">{{ 'exams.builder.review.what' | t }}</legend>
      @for (part of parts; track part.key) {
        <mat-checkbox
          [checked]="s.review[part.key]"
          [disabled]="s.review.when === 'never'"
          (change)="setReview(part.key, $event.checked)"
          [attr.data-testid]="'exam-review-' + part.key"
        >
          {{ part.label | t }}
        </mat-checkbox>
      }
    </fieldset>
  `,
})
export class ExamDeliveryCard {
  readonly settings = input.required<ExamSettingsDraft>();
  readonly settingsChange = output<ExamSettingsDraft>();

  protected readonly timings = REVIEW_TIMINGS;
  protected readonly timingKeys = REVIEW_TIMING_KEYS;
  protected readonly parts = [
    { key: 'score', label: 'exams.builder.review.score' },
    { key: 'correctness', label: 'exams.builder.review.correctness' },
    { key: 'correctAnswers', label: 'exams.builder.review.correctAnswers' },
    { key: 'feedback', label: 'exams.builder.review.feedback' },
  ] as const satisfies readonly { key: ReviewPart; label: string }[];

  protected patch(change: Partial<ExamSettingsDraft>): void {
    this.settingsChange.emit({ ...this.settings(), ...change });
  }

  protected setWhen(when: ReviewTiming): void {
    this.patch({ review: { ...this.settings().review, when } });
  }

  protected setReview(part: ReviewPart, checked: boolean): void {
    const review = this.settings().review;
    this.patch({ review: { ...review, [part]: checked } });
  }
}
