import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { LearnerOrderingQuestion, PartAnswer } from '@pathwise/assessment';
import { I18nService } from '../../i18n/i18n.service';
import { TranslatePipe } from '../../i18n/t.pipe';
import { moveItem, orderAnswer, readOrder } from './answer-model';

/**
 * Items with "up" and "down" buttons: works with a keyboard and a screen reader, where drag and
 * drop does not. Each move is announced. Until the learner moves something or keeps the order as
 * shown, the question counts as unanswered.
 */
@Component({
  selector: 'app-ordering-view',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="qv-instruction" [id]="idPrefix() + '-order-hint'">
      {{ 'questionView.orderHint' | t }}
    </p>
    <ol
      class="qv-order"
      [attr.aria-labelledby]="idPrefix() + '-order-hint'"
      [attr.aria-describedby]="stemId()"
    >
      @for (
        item of items();
        track item.id;
        let i = $index, first = $first, last = $last
      ) {
        <li class="qv-order-item">
          <span class="qv-position" aria-hidden="true">{{ i + 1 }}</span>
          <span class="qv-rich qv-grow" [innerHTML]="item.text"></span>
          <button
            mat-icon-button
            type="button"
            [attr.aria-label]="'questionView.moveUp' | t: { n: i + 1 }"
            [attr.aria-disabled]="first || disabled()"
            [disabled]="disabled()"
            (click)="move(i, -1)"
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            mat-icon-button
            type="button"
            [attr.aria-label]="'questionView.moveDown' | t: { n: i + 1 }"
            [attr.aria-disabled]="last || disabled()"
            [disabled]="disabled()"
            (click)="move(i, 1)"
          >
            <span aria-hidden="true">↓</span>
          </button>
        </li>
      }
    </ol>
    @if (!answered() && !disabled()) {
      <button mat-stroked-button type="button" (click)="keep()">
        {{ 'questionView.keepOrder' | t }}
      </button>
    }
    <p class="cdk-visually-hidden" aria-live="polite">{{ announcement() }}</p>
  `,
})
export class OrderingView {
  private readonly i18n = inject(I18nService);

  readonly question = input.required<LearnerOrderingQuestion>();
  readonly answer = input<unknown>(null);
  readonly disabled = input(false);
  readonly idPrefix = input.required<string>();
  readonly stemId = input<string>();
  readonly answerChange = output<PartAnswer>();

  protected readonly announcement = signal('');

  private readonly shownOrder = computed(() =>
    this.question().items.map((i) => i.id),
  );
  private readonly learnerOrder = computed(() =>
    readOrder(this.answer(), this.shownOrder()),
  );
  protected readonly answered = computed(() => this.learnerOrder() !== null);
  protected readonly items = computed(() => {
    const byId = new Map(this.question().items.map((i) => [i.id, i]));
    return (this.learnerOrder() ?? this.shownOrder()).map(
      (id) => byId.get(id) as { id: string; text: string },
    );
  });

  protected move(index: number, delta: number): void {
    const order = this.items().map((i) => i.id);
    const target = index + delta;
    if (this.disabled() || target < 0 || target >= order.length) return;
    this.answerChange.emit(orderAnswer(moveItem(order, index, delta)));
    this.announcement.set(
      this.i18n.t('questionView.moved', {
        from: index + 1,
        to: target + 1,
        total: order.length,
      }),
    );
  }

  protected keep(): void {
    this.answerChange.emit(orderAnswer(this.shownOrder()));
    this.announcement.set(this.i18n.t('questionView.orderKept'));
  }
}
