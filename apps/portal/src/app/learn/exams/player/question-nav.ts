import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
  signal,
} from '@angular/core';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { ExamIcon } from '../exam-icon';

export interface QuestionNavItem {
  index: number;
  answered: boolean;
  flagged: boolean;
  /** Whether the agent may open it from here (sequential navigation allows only the next one). */
  reachable: boolean;
}

/**
 * Every question with its state in words and icons. A side panel on wide screens; on a phone a
 * disclosure at the top of the player, closed until asked for.
 */
@Component({
  selector: 'app-question-nav',
  imports: [NgTemplateOutlet, ExamIcon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './question-nav.scss',
  template: `
    <nav
      [attr.aria-label]="'exams.agent.nav.label' | t"
      data-testid="question-nav"
    >
      <button
        type="button"
        class="toggle"
        aria-controls="question-nav-list"
        [attr.aria-expanded]="open()"
        data-testid="question-nav-toggle"
        (click)="open.set(!open())"
      >
        <app-exam-icon name="list" />
        <span>{{
          'exams.agent.nav.summary'
            | t: { answered: answeredCount(), total: items().length }
        }}</span>
        <span class="chevron" aria-hidden="true">{{ open() ? '▴' : '▾' }}</span>
      </button>
      <h2 class="heading">
        {{
          'exams.agent.nav.summary'
            | t: { answered: answeredCount(), total: items().length }
        }}
      </h2>
      <ol id="question-nav-list" class="list" [class.open]="open()">
        @for (item of items(); track item.index) {
          <li>
            @if (item.reachable && item.index !== current()) {
              <button
                type="button"
                class="item"
                [attr.data-testid]="'nav-question-' + (item.index + 1)"
                (click)="pick(item.index)"
              >
                <ng-container
                  *ngTemplateOutlet="content; context: { $implicit: item }"
                />
              </button>
            } @else {
              <span
                class="item"
                [class.current]="item.index === current()"
                [attr.aria-current]="item.index === current() ? 'step' : null"
                [attr.data-testid]="'nav-question-' + (item.index + 1)"
              >
                <ng-container
                  *ngTemplateOutlet="content; context: { $implicit: item }"
                />
              </span>
            }
          </li>
        }
      </ol>
    </nav>
    <ng-template #content let-item>
      <span class="number">{{ item.index + 1 }}</span>
      <span class="state">
        <app-exam-icon [name]="item.answered ? 'answered' : 'unanswered'" />
        <span>{{
          (item.answered
            ? 'exams.agent.nav.answered'
            : 'exams.agent.nav.unanswered'
          ) | t
        }}</span>
      </span>
      @if (item.flagged) {
        <span class="flag">
          <app-exam-icon name="flag" />
          <span>{{ 'exams.agent.nav.flagged' | t }}</span>
        </span>
      }
    </ng-template>
  `,
})
export class QuestionNav {
  readonly items = input.required<readonly QuestionNavItem[]>();
  readonly current = input.required<number>();
  readonly questionPicked = output<number>();

  protected readonly open = signal(false);
  protected readonly answeredCount = computed(
    () => this.items().filter((i) => i.answered).length,
  );

  protected pick(index: number): void {
    this.open.set(false);
    this.questionPicked.emit(index);
  }
}
