import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { ExamDetail } from '@pathwise/contracts';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { LocalDatePipe } from '../../../shared/local-date.pipe';
import { STATUS_KEYS } from '../exam-labels';
import { ChecklistEntry } from './publish-checklist';

/** What the saved exam holds, what stops it from being published, and the way to publish it. */
@Component({
  selector: 'app-exam-summary-card',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    LocalDatePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './summary-card.html',
  styleUrl: './summary-card.scss',
})
export class ExamSummaryCard {
  readonly saved = input<ExamDetail | null>(null);
  readonly dirty = input(false);
  readonly entries = input<ChecklistEntry[]>([]);
  /** Publishing was just refused: the checklist says why. */
  readonly refused = input(false);
  readonly busy = input(false);
  readonly publish = output<void>();
  readonly goTo = output<string>();

  private readonly checklistHeading =
    viewChild<ElementRef<HTMLElement>>('checklistHeading');

  protected readonly statusKeys = STATUS_KEYS;
  protected readonly blocking = computed(
    () => this.entries().filter((entry) => entry.blocking).length,
  );

  focusChecklist(): void {
    this.checklistHeading()?.nativeElement.focus();
  }
}
