import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  effect,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { QuestionCategoryNode } from '@pathwise/contracts';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { Icon } from '../../../shared/icon';
import { CategoryTreeNode } from '../category-tree';

export type CategoryAction = 'add' | 'rename' | 'move' | 'export' | 'delete';

export interface CategoryActionEvent {
  action: CategoryAction;
  category: QuestionCategoryNode;
}

/**
 * The bank's categories as a nested list. Every control is a real button in the tab order:
 * expand/collapse (aria-expanded), select (aria-current) and a menu of actions.
 */
@Component({
  selector: 'app-category-tree',
  imports: [
    NgTemplateOutlet,
    MatButtonModule,
    MatMenuModule,
    Icon,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './category-tree-view.scss',
  template: `
    <ul class="tree" data-testid="category-tree">
      <li>
        <div class="node" [class.selected]="selectedId() === null">
          <span class="toggle-space" aria-hidden="true"></span>
          <button
            type="button"
            class="select"
            data-testid="category-all"
            [attr.aria-current]="selectedId() === null ? 'true' : null"
            (click)="selectCategory.emit(null)"
          >
            <span class="name">{{ 'bank.allQuestions' | t }}</span>
            <span class="count" aria-hidden="true">{{ totalCount() }}</span>
            <span class="cdk-visually-hidden">{{
              'bank.tree.count' | t: { count: totalCount() }
            }}</span>
          </button>
        </div>
      </li>
      <ng-container
        *ngTemplateOutlet="level; context: { $implicit: roots() }"
      />
    </ul>

    <ng-template #level let-nodes>
      @for (node of nodes; track node.category.id) {
        @let open = expanded().has(node.category.id);
        <li [attr.data-testid]="'category-' + node.category.name">
          <div
            class="node"
            [class.selected]="selectedId() === node.category.id"
            [style.padding-inline-start.px]="(node.level - 1) * 16"
          >
            @if (node.children.length > 0) {
              <button
                type="button"
                class="toggle"
                [attr.aria-expanded]="open"
                [attr.aria-label]="
                  (open ? 'bank.tree.collapse' : 'bank.tree.expand')
                    | t: { name: node.category.name }
                "
                (click)="toggle(node.category.id)"
              >
                <span aria-hidden="true">{{ open ? '▾' : '▸' }}</span>
              </button>
            } @else {
              <span class="toggle-space" aria-hidden="true"></span>
            }
            <button
              type="button"
              class="select"
              [attr.aria-current]="
                selectedId() === node.category.id ? 'true' : null
              "
              (click)="selectCategory.emit(node.category.id)"
            >
              <span class="name">{{ node.category.name }}</span>
              <span class="count" aria-hidden="true">{{
                node.category.totalCount
              }}</span>
              <span class="cdk-visually-hidden">{{
                'bank.tree.count' | t: { count: node.category.totalCount }
              }}</span>
            </button>
            <button
              mat-icon-button
              type="button"
              class="menu"
              [matMenuTriggerFor]="menu"
              [matMenuTriggerData]="{ node: node }"
              [attr.aria-label]="
                'bank.tree.actionsFor' | t: { name: node.category.name }
              "
            >
              <app-icon name="more" />
            </button>
          </div>
          @if (node.children.length > 0 && open) {
            <ul class="tree">
              <ng-container
                *ngTemplateOutlet="level; context: { $implicit: node.children }"
              />
            </ul>
          }
        </li>
      }
    </ng-template>

    <mat-menu #menu="matMenu">
      <ng-template matMenuContent let-node="node">
        <button mat-menu-item type="button" (click)="emit('add', node)">
          {{ 'bank.category.addSub' | t }}
        </button>
        <button mat-menu-item type="button" (click)="emit('rename', node)">
          {{ 'bank.category.rename' | t }}
        </button>
        <button mat-menu-item type="button" (click)="emit('move', node)">
          {{ 'bank.category.move' | t }}
        </button>
        <button mat-menu-item type="button" (click)="emit('export', node)">
          {{ 'bank.category.export' | t }}
        </button>
        <button mat-menu-item type="button" (click)="emit('delete', node)">
          {{ 'common.delete' | t }}
        </button>
      </ng-template>
    </mat-menu>
  `,
})
export class CategoryTreeView {
  readonly roots = input.required<CategoryTreeNode[]>();
  readonly selectedId = input<string | null>(null);
  /** Ids to open, e.g. the path down to the selected category. */
  readonly reveal = input<string[]>([]);
  readonly totalCount = input(0);
  readonly selectCategory = output<string | null>();
  readonly action = output<CategoryActionEvent>();

  protected readonly expanded = signal(new Set<string>());
  /** Categories already shown once: a collapsed top-level category stays collapsed on reload. */
  private readonly seen = new Set<string>();

  constructor() {
    effect(() => {
      const reveal = this.reveal();
      const roots = this.roots();
      untracked(() =>
        this.expanded.update((open) => {
          const next = new Set(open);
          // Top-level categories start open: most banks are two or three levels deep.
          for (const root of roots)
            if (!this.seen.has(root.category.id)) next.add(root.category.id);
          for (const id of reveal) next.add(id);
          for (const root of roots) this.seen.add(root.category.id);
          return next;
        }),
      );
    });
  }

  protected toggle(id: string): void {
    this.expanded.update((open) => {
      const next = new Set(open);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  protected emit(action: CategoryAction, node: CategoryTreeNode): void {
    this.action.emit({ action, category: node.category });
  }
}
