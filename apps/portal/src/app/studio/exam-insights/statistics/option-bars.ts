import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { Question } from '@pathwise/assessment';
import { catchError, map, of } from 'rxjs';
import { I18nService, MessageKey } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { loadOnChange } from '../../../shared/load-state';
import { QuestionBankApi } from '../../question-bank/question-bank-api';
import { OptionCredit, optionShares } from './option-shares';

const CREDIT_KEYS: Record<OptionCredit, MessageKey> = {
  right: 'insights.options.right',
  partial: 'insights.options.partial',
  wrong: 'insights.options.wrong',
};

/** How often each option of one question was chosen, as a small bar list beside the key. */
@Component({
  selector: 'app-option-bars',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      padding: 8px 0 12px;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 6px;
      max-width: 720px;
    }
    li {
      display: grid;
      grid-template-columns: minmax(120px, 2fr) minmax(80px, 3fr) auto;
      align-items: center;
      gap: 8px;
    }
    .option :is(p) {
      display: inline;
      margin: 0;
    }
    .credit {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
      margin-inline-start: 4px;
    }
    .credit[data-credit='right'] {
      color: var(--mat-sys-primary);
      font-weight: 600;
    }
    .track {
      height: 12px;
      border-radius: 6px;
      background: var(--mat-sys-surface-container-high);
      overflow: hidden;
    }
    .fill {
      display: block;
      height: 100%;
      background: var(--mat-sys-outline);
    }
    .fill[data-credit='right'] {
      background: var(--mat-sys-primary);
    }
    .figure {
      font: var(--mat-sys-body-small);
      white-space: nowrap;
    }
    @media (max-width: 480px) {
      li {
        grid-template-columns: 1fr auto;
      }
      .track {
        grid-column: 1 / -1;
        grid-row: 2;
      }
    }
  `,
  template: `
    <ul [attr.aria-label]="'insights.options.label' | t: { name: name() }">
      @for (share of shares(); track share.id) {
        <li>
          <span class="option">
            @if (share.text) {
              <span [innerHTML]="share.text"></span>
            } @else {
              {{ optionLabel(share.id) }}
            }
            @if (share.credit) {
              <span class="credit" [attr.data-credit]="share.credit"
                >({{ creditKeys[share.credit] | t }})</span
              >
            }
          </span>
          <span class="track" aria-hidden="true">
            <span
              class="fill"
              [attr.data-credit]="share.credit"
              [style.width.%]="share.percent"
            ></span>
          </span>
          <span class="figure">{{
            'insights.options.figure'
              | t: { count: share.count, percent: share.percent }
          }}</span>
        </li>
      }
    </ul>
  `,
})
export class OptionBars {
  private readonly questions = inject(QuestionBankApi);
  private readonly i18n = inject(I18nService);

  readonly questionId = input.required<string>();
  readonly name = input.required<string>();
  readonly counts = input.required<Record<string, number>>();
  readonly attempts = input.required<number>();

  protected readonly creditKeys = CREDIT_KEYS;

  /** The current version labels the options; without it the ids still show the counts. */
  private readonly question = loadOnChange(this.questionId, (id) =>
    this.questions.get(id).pipe(
      map((detail): Question | null => detail.definition),
      catchError(() => of(null)),
    ),
  );
  protected readonly shares = computed(() =>
    optionShares(this.counts(), this.attempts(), this.question().value ?? null),
  );

  protected optionLabel(id: string): string {
    if (id === 'true') return this.i18n.t('insights.options.true');
    if (id === 'false') return this.i18n.t('insights.options.false');
    return id;
  }
}
