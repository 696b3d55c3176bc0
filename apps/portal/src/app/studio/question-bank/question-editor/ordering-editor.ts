import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { OrderingItem, OrderingQuestion } from '@pathwise/assessment';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { EntryActions, moved, removed, replaced } from './entry-actions';
import { FieldProblems } from './field-problems';
import { ProblemIndex } from './problem-text';
import { nextId } from './question-draft';
import { RichTextField } from './rich-text-field';

/** Items in the correct order; learners see them shuffled. */
@Component({
  selector: 'app-ordering-editor',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    EntryActions,
    FieldProblems,
    RichTextField,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './editor.scss',
  template: `
    @let q = question();
    @let p = problems();
    <mat-form-field appearance="outline" class="full">
      <mat-label>{{ 'editor.order.scoring' | t }}</mat-label>
      <mat-select
        [value]="q.scoring"
        (selectionChange)="patch({ scoring: $event.value })"
      >
        <mat-option value="all_or_nothing">{{
          'editor.scoring.all_or_nothing' | t
        }}</mat-option>
        <mat-option value="partial">{{
          'editor.order.partial' | t
        }}</mat-option>
      </mat-select>
    </mat-form-field>
    <h3 class="section-title">{{ 'editor.order.items' | t }}</h3>
    <p class="hint">{{ 'editor.order.itemsHint' | t }}</p>
    <app-field-problems [problems]="p.at('items')" />
    <ol class="entries">
      @for (item of q.items; track item.id; let i = $index) {
        @let label = 'editor.order.item' | t: { n: i + 1 };
        <li class="entry">
          <div class="entry-head">
            <h4>{{ label }}</h4>
            <app-entry-actions
              [label]="label"
              [index]="i"
              [count]="q.items.length"
              [min]="2"
              (move)="setItems(moved(q.items, i, $event))"
              (remove)="setItems(removed(q.items, i))"
            />
          </div>
          <app-rich-text-field
            [label]="'editor.order.itemText' | t"
            [value]="item.text"
            [rows]="1"
            [required]="true"
            [bankId]="bankId()"
            [problems]="p.at('items[' + i + '].text')"
            [matcher]="p.matcher('items[' + i + '].text')"
            (valueChange)="setItems(replaced(q.items, i, { text: $event }))"
          />
        </li>
      }
    </ol>
    <button mat-stroked-button type="button" class="add" (click)="addItem()">
      {{ 'editor.order.addItem' | t }}
    </button>
  `,
})
export class OrderingEditor {
  readonly question = input.required<OrderingQuestion>();
  readonly problems = input.required<ProblemIndex>();
  readonly bankId = input<string | null>(null);
  readonly questionChange = output<OrderingQuestion>();

  protected readonly moved = moved;
  protected readonly removed = removed;
  protected readonly replaced = replaced;

  protected patch(change: Partial<OrderingQuestion>): void {
    this.questionChange.emit({ ...this.question(), ...change });
  }

  protected setItems(items: OrderingItem[]): void {
    this.patch({ items });
  }

  protected addItem(): void {
    const items = this.question().items;
    this.setItems([
      ...items,
      {
        id: nextId(
          'i',
          items.map((i) => i.id),
        ),
        text: '',
      },
    ]);
  }
}
