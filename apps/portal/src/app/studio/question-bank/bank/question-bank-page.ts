import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { QUESTION_TYPES, QuestionType } from '@pathwise/assessment';
import {
  ErrorCode,
  QuestionBankSummary,
  QuestionCategoryNode,
} from '@pathwise/contracts';
import { filter, of, switchMap } from 'rxjs';
import { I18nService, MessageKey } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { apiErrorCode, errorMessageKey } from '../../../shared/api-error';
import { confirm } from '../../../shared/confirm-dialog';
import { loadOnChange } from '../../../shared/load-state';
import {
  ancestorIds,
  buildCategoryTree,
  categoryOptions,
  moveTargets,
  subtreeIds,
} from '../category-tree';
import { QUESTION_TYPE_KEYS } from '../labels';
import { QuestionBankApi } from '../question-bank-api';
import { BankDialog } from './bank-dialog';
import {
  CategoryNameDialog,
  CategoryNameDialogData,
} from './category-name-dialog';
import {
  CategoryPick,
  CategoryPickDialog,
  CategoryPickDialogData,
} from './category-pick-dialog';
import { CategoryActionEvent, CategoryTreeView } from './category-tree-view';
import { ExportDialog, ExportDialogData } from './export-dialog';
import { QuestionList } from './question-list';

const LAST_BANK_KEY = 'pathwise.questionBank';

/** The bank this browser opened last: trainers mostly work in one bank. */
function lastBank(): string | null {
  try {
    return globalThis.localStorage?.getItem(LAST_BANK_KEY) ?? null;
  } catch {
    return null;
  }
}

function rememberBank(id: string): void {
  try {
    globalThis.localStorage?.setItem(LAST_BANK_KEY, id);
  } catch {
    // Storage can be unavailable (privacy modes): the first bank opens instead.
  }
}

/** A bank: its category tree on the left, its questions on the right. */
@Component({
  selector: 'app-question-bank-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatMenuModule,
    MatProgressBarModule,
    MatSelectModule,
    CategoryTreeView,
    QuestionList,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-bank-page.html',
  styleUrl: './question-bank-page.scss',
})
export class QuestionBankPage {
  private readonly api = inject(QuestionBankApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);

  /** Route parameter; absent on `studio/question-banks`, which opens the last or first bank. */
  readonly bankId = input<string>();
  /** Query parameter `?category=`. */
  readonly category = input<string>();

  protected readonly types = QUESTION_TYPES;
  protected readonly typeKeys = QUESTION_TYPE_KEYS;

  private readonly banksTick = signal(0);
  private readonly categoriesTick = signal(0);
  protected readonly listTick = signal(0);

  protected readonly banksState = loadOnChange(this.banksTick, () =>
    this.api.banks(),
  );
  protected readonly banks = computed(() => this.banksState().value ?? []);
  protected readonly bank = computed(
    () => this.banks().find((b) => b.id === this.bankId()) ?? null,
  );

  private readonly categoriesRequest = computed(() => ({
    bankId: this.bankId(),
    tick: this.categoriesTick(),
  }));
  protected readonly categoriesState = loadOnChange(
    this.categoriesRequest,
    ({ bankId }) =>
      bankId ? this.api.categories(bankId) : of<QuestionCategoryNode[]>([]),
  );
  protected readonly flat = computed<QuestionCategoryNode[]>(() =>
    this.bankId() ? (this.categoriesState().value ?? []) : [],
  );
  protected readonly roots = computed(() => buildCategoryTree(this.flat()));
  protected readonly options = computed(() => categoryOptions(this.roots()));
  protected readonly selectedId = computed(() => {
    const id = this.category();
    return id && this.flat().some((c) => c.id === id) ? id : null;
  });
  protected readonly selected = computed(
    () => this.flat().find((c) => c.id === this.selectedId()) ?? null,
  );
  protected readonly reveal = computed(() => {
    const id = this.selectedId();
    return id ? ancestorIds(this.flat(), id) : [];
  });
  protected readonly bankTotal = computed(
    () =>
      this.bank()?.questionCount ??
      this.roots().reduce((sum, n) => sum + n.category.totalCount, 0),
  );
  protected readonly errorKey = computed<MessageKey | null>(() => {
    const banks = this.banksState();
    if (banks.status === 'error') return errorMessageKey(banks.error);
    const categories = this.categoriesState();
    return this.bankId() && categories.status === 'error'
      ? errorMessageKey(categories.error)
      : null;
  });

  constructor() {
    // `studio/question-banks` (or a bank that is gone) opens the bank used last, else the first.
    effect(() => {
      const state = this.banksState();
      const banks = this.banks();
      if (state.status !== 'ready' || banks.length === 0) return;
      const id = this.bankId();
      if (id && banks.some((b) => b.id === id)) {
        rememberBank(id);
        return;
      }
      const last = lastBank();
      const target = banks.find((b) => b.id === last) ?? banks[0];
      void this.router.navigate(['/studio/question-banks', target.id], {
        replaceUrl: true,
      });
    });
  }

  protected openBank(bankId: string): void {
    void this.router.navigate(['/studio/question-banks', bankId]);
  }

  protected selectCategory(categoryId: string | null): void {
    void this.router.navigate([], {
      queryParams: { category: categoryId ?? undefined },
      queryParamsHandling: 'replace',
    });
  }

  protected newQuestion(type: QuestionType): void {
    const bankId = this.bankId();
    if (!bankId) return;
    const categoryId = this.selectedId() ?? this.options()[0]?.id;
    void this.router.navigate(['/studio/questions', bankId, 'new'], {
      queryParams: { type, ...(categoryId ? { categoryId } : {}) },
    });
  }

  protected createBank(): void {
    this.dialog
      .open<BankDialog, void, QuestionBankSummary>(BankDialog, {
        width: '520px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(filter((bank): bank is QuestionBankSummary => !!bank))
      .subscribe((bank) => {
        this.toast('bank.create.done', { name: bank.name });
        this.banksTick.update((n) => n + 1);
        this.openBank(bank.id);
      });
  }

  protected addCategory(parent: QuestionCategoryNode | null): void {
    const bankId = this.bankId();
    if (!bankId) return;
    this.openNameDialog({ bankId, parent }, 'bank.category.added');
  }

  protected onCategoryAction({ action, category }: CategoryActionEvent): void {
    const bankId = this.bankId();
    if (!bankId) return;
    switch (action) {
      case 'add':
        this.openNameDialog(
          { bankId, parent: category },
          'bank.category.added',
        );
        return;
      case 'rename':
        this.openNameDialog({ bankId, category }, 'bank.category.renamed');
        return;
      case 'move':
        this.moveCategory(bankId, category);
        return;
      case 'export':
        this.dialog.open<ExportDialog, ExportDialogData>(ExportDialog, {
          data: {
            bankId,
            bankName: this.bank()?.name ?? '',
            category: { id: category.id, name: category.name },
          },
          width: '520px',
          maxWidth: '95vw',
        });
        return;
      case 'delete':
        this.deleteCategory(bankId, category);
        return;
    }
  }

  protected exportCategory(): void {
    const bankId = this.bankId();
    const category = this.selected();
    if (bankId && category)
      this.onCategoryAction({ action: 'export', category });
  }

  private openNameDialog(
    data: CategoryNameDialogData,
    done: 'bank.category.added' | 'bank.category.renamed',
  ): void {
    this.dialog
      .open<CategoryNameDialog, CategoryNameDialogData, QuestionCategoryNode>(
        CategoryNameDialog,
        {
          data,
          width: '480px',
          maxWidth: '95vw',
        },
      )
      .afterClosed()
      .pipe(filter((saved): saved is QuestionCategoryNode => !!saved))
      .subscribe((saved) => {
        this.toast(done, { name: saved.name });
        this.refreshCategories();
      });
  }

  private moveCategory(bankId: string, category: QuestionCategoryNode): void {
    this.pick({
      title: 'bank.category.moveTitle',
      message: 'bank.category.moveMessage',
      params: { name: category.name },
      confirm: 'bank.category.move',
      options: moveTargets(this.roots(), category.id),
      allowTopLevel: true,
      initial: category.parentId,
    })
      .pipe(
        switchMap((pick) =>
          this.api.updateCategory(bankId, category.id, {
            parentId: pick.categoryId,
          }),
        ),
      )
      .subscribe({
        next: () => {
          this.toast('bank.category.moved', { name: category.name });
          this.refreshCategories();
        },
        error: (error: unknown) => this.failed(error),
      });
  }

  private deleteCategory(bankId: string, category: QuestionCategoryNode): void {
    const empty =
      category.totalCount === 0 &&
      !this.flat().some((c) => c.parentId === category.id);
    if (!empty) {
      this.deleteWithMove(bankId, category);
      return;
    }
    confirm(this.dialog, {
      title: 'bank.category.deleteTitle',
      message: 'bank.category.deleteEmpty',
      params: { name: category.name },
      confirm: 'common.delete',
      destructive: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.api.deleteCategory(bankId, category.id)),
      )
      .subscribe({
        next: () => this.deleted(category),
        error: (error: unknown) =>
          // Someone added questions meanwhile: offer to move them instead.
          apiErrorCode(error) === ErrorCode.CategoryNotEmpty
            ? this.deleteWithMove(bankId, category)
            : this.failed(error),
      });
  }

  private deleteWithMove(bankId: string, category: QuestionCategoryNode): void {
    const excluded = subtreeIds(this.roots(), category.id);
    this.pick({
      title: 'bank.category.deleteTitle',
      message: 'bank.category.deleteMove',
      params: { name: category.name, count: category.totalCount },
      confirm: 'bank.category.deleteAndMove',
      options: this.options().filter((o) => !excluded.has(o.id)),
      initial: category.parentId,
      destructive: true,
    })
      .pipe(
        filter((pick): pick is { categoryId: string } => !!pick.categoryId),
        switchMap((pick) =>
          this.api.deleteCategory(bankId, category.id, pick.categoryId),
        ),
      )
      .subscribe({
        next: () => this.deleted(category),
        error: (error: unknown) => this.failed(error),
      });
  }

  private pick(data: CategoryPickDialogData) {
    return this.dialog
      .open<CategoryPickDialog, CategoryPickDialogData, CategoryPick>(
        CategoryPickDialog,
        {
          data,
          width: '480px',
          maxWidth: '95vw',
        },
      )
      .afterClosed()
      .pipe(filter((pick): pick is CategoryPick => !!pick));
  }

  private deleted(category: QuestionCategoryNode): void {
    this.toast('bank.category.deleted', { name: category.name });
    if (subtreeIds(this.roots(), category.id).has(this.selectedId() ?? ''))
      this.selectCategory(null);
    this.refreshCategories();
  }

  /** Counts in the tree, the bank summary and the list all move together. */
  protected refreshCategories(): void {
    this.categoriesTick.update((n) => n + 1);
    this.banksTick.update((n) => n + 1);
    this.listTick.update((n) => n + 1);
  }

  protected onListChanged(): void {
    this.categoriesTick.update((n) => n + 1);
    this.banksTick.update((n) => n + 1);
  }

  private toast(
    key: MessageKey,
    params: Record<string, string | number>,
  ): void {
    this.snackBar.open(this.i18n.t(key, params), undefined, { duration: 4000 });
  }

  private failed(error: unknown): void {
    this.snackBar.open(
      this.i18n.t(errorMessageKey(error)),
      this.i18n.t('common.dismiss'),
      { duration: 6000 },
    );
  }
}
