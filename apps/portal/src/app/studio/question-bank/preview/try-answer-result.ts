import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { LearnerQuestion } from '@pathwise/assessment';
import { TryAnswerResult } from '@pathwise/contracts';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { ProblemTextPipe } from '../question-editor/problem-text';

/** The score of a tried answer: total, each part, and the feedback an agent would get. */
@Component({
  selector: 'app-try-answer-result',
  imports: [ProblemTextPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './try-answer-result.scss',
  template: `
    @let r = result();
    @if (!r.valid || !r.score) {
      <div class="invalid" data-testid="try-invalid">
        <h3>{{ 'preview.invalid' | t }}</h3>
        <ul>
          @for (problem of r.problems; track $index) {
            <li>{{ problem | problemText }}</li>
          }
        </ul>
      </div>
    } @else {
      @let s = r.score;
      <p class="score" data-testid="try-score">
        {{ 'preview.score' | t: { points: s.points, max: s.maxPoints } }}
        <span class="percent">({{ percent() }}%)</span>
        @if (s.status === 'pending') {
          <span class="pending">{{ 'preview.pending' | t }}</span>
        }
      </p>
      @if (s.parts.length > 1) {
        <table class="parts" [attr.aria-label]="'preview.parts' | t">
          <thead>
            <tr>
              <th scope="col">{{ 'preview.part' | t }}</th>
              <th scope="col">{{ 'preview.points' | t }}</th>
              <th scope="col">{{ 'preview.feedback' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (part of s.parts; track part.id; let i = $index) {
              <tr>
                <th scope="row">{{ partLabel(part.id, i) }}</th>
                <td>
                  {{ part.points }} / {{ part.maxPoints }}
                  @if (part.status === 'pending') {
                    · {{ 'preview.pending' | t }}
                  }
                </td>
                <td><span [innerHTML]="part.feedback ?? ''"></span></td>
              </tr>
            }
          </tbody>
        </table>
      }
      @if (s.feedback.length > 0) {
        <h3>{{ 'preview.feedback' | t }}</h3>
        <ul class="feedback">
          @for (text of s.feedback; track $index) {
            <li [innerHTML]="text"></li>
          }
        </ul>
      }
    }
  `,
})
export class TryAnswerResultView {
  readonly result = input.required<TryAnswerResult>();
  readonly question = input<LearnerQuestion | null>(null);

  protected readonly percent = computed(() => {
    const score = this.result().score;
    return score ? Math.round(score.fraction * 1000) / 10 : 0;
  });

  /** Scenario parts by number; other breakdowns (blanks, prompts) by their id. */
  protected partLabel(id: string, index: number): string {
    const q = this.question();
    if (q?.type === 'scenario') {
      const at = q.parts.findIndex((p) => p.id === id);
      if (at >= 0) return `${at + 1}`;
    }
    return id || `${index + 1}`;
  }
}
