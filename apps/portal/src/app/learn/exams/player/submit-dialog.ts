import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { TranslatePipe } from '../../../i18n/t.pipe';

export interface SubmitDialogData {
  /** Zero-based indexes of the questions concerned. */
  unanswered: number[];
  flagged: number[];
  /** Free navigation: the lists link to their questions. */
  canJump: boolean;
}

export type SubmitDialogResult =
  | { kind: 'submit' }
  | { kind: 'jump'; index: number };

/** The last look before submitting: what is unanswered and what was flagged for review. */
@Component({
  selector: 'app-submit-dialog',
  imports: [NgTemplateOutlet, MatButtonModule, MatDialogModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    h3 {
      font: var(--mat-sys-title-small);
      margin: 16px 0 4px;
    }
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .plain {
      display: inline-block;
      padding: 4px 8px;
    }
  `,
  template: `
    <h2 mat-dialog-title>{{ 'exams.agent.submit.title' | t }}</h2>
    <mat-dialog-content>
      <p>{{ 'exams.agent.submit.body' | t }}</p>
      @if (data.unanswered.length === 0) {
        <p data-testid="submit-all-answered">
          {{ 'exams.agent.submit.allAnswered' | t }}
        </p>
      } @else {
        <h3>
          {{
            'exams.agent.submit.unanswered'
              | t: { count: data.unanswered.length }
          }}
        </h3>
        <ul data-testid="submit-unanswered">
          @for (index of data.unanswered; track index) {
            <li>
              <ng-container
                *ngTemplateOutlet="questionLink; context: { $implicit: index }"
              />
            </li>
          }
        </ul>
      }
      @if (data.flagged.length > 0) {
        <h3>
          {{ 'exams.agent.submit.flagged' | t: { count: data.flagged.length } }}
        </h3>
        <ul data-testid="submit-flagged">
          @for (index of data.flagged; track index) {
            <li>
              <ng-container
                *ngTemplateOutlet="questionLink; context: { $implicit: index }"
              />
            </li>
          }
        </ul>
      }
      <ng-template #questionLink let-index>
        @if (data.canJump) {
          <button mat-stroked-button type="button" (click)="jump(index)">
            {{ 'exams.agent.questionNumber' | t: { n: index + 1 } }}
          </button>
        } @else {
          <span class="plain">{{
            'exams.agent.questionNumber' | t: { n: index + 1 }
          }}</span>
        }
      </ng-template>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close cdkFocusInitial>
        {{ 'exams.agent.submit.keepWorking' | t }}
      </button>
      <button
        mat-flat-button
        type="button"
        data-testid="confirm-submit"
        (click)="submit()"
      >
        {{ 'exams.agent.submit.confirm' | t }}
      </button>
    </mat-dialog-actions>
  `,
})
export class SubmitDialog {
  protected readonly data = inject<SubmitDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<SubmitDialog, SubmitDialogResult>>(MatDialogRef);

  protected jump(index: number): void {
    this.ref.close({ kind: 'jump', index });
  }

  protected submit(): void {
    this.ref.close({ kind: 'submit' });
  }
}
