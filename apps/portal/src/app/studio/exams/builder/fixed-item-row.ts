import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { EntryActions } from '../../question-bank/question-editor/entry-actions';
import {
  QUESTION_STATUS_KEYS,
  QUESTION_TYPE_KEYS,
} from '../../question-bank/labels';
import { IssueIndex } from './draft-issues';
import { FixedItemDraft, QuestionInfo } from './exam-draft';
import { IssueTextPipe } from './issue-text.pipe';

/** One picked question: what it is, its points, and its place in the section. */
@Component({
  selector: 'app-fixed-item-row',
  imports: [
    FormsModule,
    RouterLink,
    MatFormFieldModule,
    MatInputModule,
    EntryActions,
    IssueTextPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
    }
    .what {
      flex: 1 1 220px;
      min-width: 0;
    }
    .name {
      font-weight: 500;
    }
    .meta {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .warning {
      color: var(--mat-sys-error);
    }
    .points {
      width: 120px;
    }
  `,
  template: `
    @let q = info();
    <div class="what">
      @if (q) {
        <a
          class="name"
          [routerLink]="['/studio/questions', q.id, 'preview']"
          data-testid="fixed-item-name"
          >{{ q.name }}</a
        >
        <span class="meta">
          {{ typeKeys[q.type] | t }}
          @if (q.status !== 'active') {
            · <span class="warning">{{ statusKeys[q.status] | t }}</span>
          }
        </span>
      } @else if (q === null) {
        <span class="name warning">{{
          'exams.builder.item.missingQuestion' | t
        }}</span>
      } @else {
        <span class="name">{{ 'common.loading' | t }}</span>
      }
    </div>
    <mat-form-field
      appearance="outline"
      subscriptSizing="dynamic"
      class="points"
    >
      <mat-label>{{ 'exams.builder.field.points' | t }}</mat-label>
      <input
        matInput
        type="number"
        min="0"
        max="1000"
        step="any"
        data-testid="fixed-item-points"
        [ngModel]="item().points"
        (ngModelChange)="setPoints($event)"
        [errorStateMatcher]="issues().matcher('points')"
      />
      @for (issue of issues().at('points'); track $index) {
        <mat-error>{{ issue | issueText }}</mat-error>
      }
    </mat-form-field>
    <app-entry-actions
      [label]="label()"
      [index]="index()"
      [count]="count()"
      (move)="move.emit($event)"
      (remove)="remove.emit()"
    />
    @for (issue of issues().within('questionId'); track $index) {
      <p class="warning" role="alert">{{ issue | issueText }}</p>
    }
  `,
})
export class FixedItemRow {
  readonly item = input.required<FixedItemDraft>();
  /** Undefined while loading; null when the question no longer exists. */
  readonly info = input<QuestionInfo | null>();
  readonly issues = input.required<IssueIndex>();
  readonly label = input.required<string>();
  readonly index = input.required<number>();
  readonly count = input.required<number>();
  readonly itemChange = output<FixedItemDraft>();
  readonly move = output<-1 | 1>();
  readonly remove = output<void>();

  protected readonly typeKeys = QUESTION_TYPE_KEYS;
  protected readonly statusKeys = QUESTION_STATUS_KEYS;

  protected setPoints(points: number | null): void {
    this.itemChange.emit({ ...this.item(), points });
  }
}
