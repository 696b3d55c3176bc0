import {
  ChangeDetectionStrategy,
  Component,
  input,
  ViewEncapsulation,
  model,
} from '@angular/core';
import {
  Answer,
  LearnerPartQuestion,
  LearnerQuestion,
  PartAnswer,
} from '@pathwise/assessment';
import { TranslatePipe } from '../../i18n/t.pipe';
import { readParts, withPart } from './answer-model';
import { QuestionPartView } from './question-part-view';

let nextViewId = 0;

/**
 * A question as an agent sees it, answerable with mouse, keyboard or screen reader. The answer is
 * a two-way `model` in the engine's `Answer` shape, so the exam player can autosave it and the
 * studio can send it to "try an answer" unchanged.
 */
@Component({
  selector: 'app-question-view',
  imports: [QuestionPartView, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './question-view.scss',
  // One stylesheet for every piece of the view, scoped by the host class instead of per component.
  encapsulation: ViewEncapsulation.None,
  host: { class: 'question-view' },
  template: `
    @let q = question();
    @if (q.type === 'scenario') {
      <div
        class="qv-stem qv-rich"
        [id]="viewId() + '-stem'"
        [innerHTML]="q.stem"
      ></div>
      <section
        class="qv-case"
        [attr.aria-labelledby]="viewId() + '-case-heading'"
      >
        <p class="qv-instruction" [id]="viewId() + '-case-heading'">
          {{ 'questionView.case' | t }}
        </p>
        <div class="qv-rich" [innerHTML]="q.caseText"></div>
      </section>
      @for (part of q.parts; track part.id; let i = $index) {
        <section
          class="qv-part"
          [attr.aria-labelledby]="viewId() + '-part-' + part.id"
        >
          <h3 class="qv-part-heading" [id]="viewId() + '-part-' + part.id">
            {{ 'questionView.part' | t: { n: i + 1, total: q.parts.length } }}
            <span class="qv-points">{{
              'questionView.points' | t: { count: part.weight }
            }}</span>
          </h3>
          <app-question-part-view
            [question]="part.question"
            [answer]="partAnswers()[part.id] ?? null"
            [disabled]="disabled()"
            [idPrefix]="viewId() + '-p-' + part.id"
            (answerChange)="setPart(part.id, $event)"
          />
        </section>
      }
    } @else {
      <app-question-part-view
        [question]="asPart(q)"
        [answer]="answer()"
        [disabled]="disabled()"
        [idPrefix]="viewId()"
        (answerChange)="answer.set($event)"
      />
    }
  `,
})
export class QuestionView {
  readonly question = input.required<LearnerQuestion>();
  /** The learner's answer; null until they answer. */
  readonly answer = model<Answer | null>(null);
  /** Read-only, e.g. for reviewing a past attempt or an old version. */
  readonly disabled = input(false);
  /** Makes element ids unique when several views share a page. */
  readonly viewId = input(`qv${nextViewId++}`);

  protected partAnswers(): Record<string, unknown> {
    return readParts(this.answer());
  }

  protected setPart(partId: string, part: PartAnswer): void {
    this.answer.set(withPart(this.answer(), partId, part));
  }

  protected asPart(q: LearnerQuestion): LearnerPartQuestion {
    return q as LearnerPartQuestion;
  }
}
