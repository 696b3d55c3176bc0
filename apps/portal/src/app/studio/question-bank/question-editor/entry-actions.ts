import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { Icon } from '../../../shared/icon';

/** Up, down and remove for one entry of a list (option, item, blank, unit …). */
@Component({
  selector: 'app-entry-actions',
  imports: [MatButtonModule, MatTooltipModule, Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
    }
  `,
  template: `
    <button
      mat-icon-button
      type="button"
      [attr.aria-label]="'editor.moveUp' | t: { what: label() }"
      [matTooltip]="'editor.moveUp' | t: { what: label() }"
      [attr.aria-disabled]="index() === 0"
      (click)="index() > 0 && move.emit(-1)"
    >
      <span aria-hidden="true">↑</span>
    </button>
    <button
      mat-icon-button
      type="button"
      [attr.aria-label]="'editor.moveDown' | t: { what: label() }"
      [matTooltip]="'editor.moveDown' | t: { what: label() }"
      [attr.aria-disabled]="index() === count() - 1"
      (click)="index() < count() - 1 && move.emit(1)"
    >
      <span aria-hidden="true">↓</span>
    </button>
    <button
      mat-icon-button
      type="button"
      [attr.aria-label]="'editor.remove' | t: { what: label() }"
      [matTooltip]="'editor.remove' | t: { what: label() }"
      [disabled]="count() <= min()"
      (click)="remove.emit()"
    >
      <app-icon name="close" />
    </button>
  `,
})
export class EntryActions {
  readonly label = input.required<string>();
  readonly index = input.required<number>();
  readonly count = input.required<number>();
  /** Fewer entries than this and the question cannot work; removing is disabled. */
  readonly min = input(0);
  readonly move = output<-1 | 1>();
  readonly remove = output<void>();
}

/** A list with one entry moved by `delta`; out-of-range moves change nothing. */
export function moved<T>(
  list: readonly T[],
  index: number,
  delta: number,
): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [entry] = next.splice(index, 1);
  next.splice(target, 0, entry);
  return next;
}

export function replaced<T>(
  list: readonly T[],
  index: number,
  change: Partial<T>,
): T[] {
  return list.map((entry, i) =>
    i === index ? { ...entry, ...change } : entry,
  );
}

export function removed<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}
