import { COMMA, ENTER, SEMICOLON } from '@angular/cdk/keycodes';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { QUESTION_TYPES } from '@pathwise/assessment';
import {
  CapabilityDimension,
  DrawExamItem,
  QuestionBankSummary,
} from '@pathwise/contracts';
import { catchError, map, of, switchMap } from 'rxjs';
import { I18nService } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import {
  buildCategoryTree,
  categoryOptions,
} from '../../question-bank/category-tree';
import { DIFFICULTIES, QUESTION_TYPE_KEYS } from '../../question-bank/labels';
import { QuestionBankApi } from '../../question-bank/question-bank-api';
import { EntryActions } from '../../question-bank/question-editor/entry-actions';
import {
  normaliseTags,
  splitTagInput,
} from '../../question-bank/question-editor/question-draft';
import { ExamsApi } from '../exams-api';
import { IssueIndex } from './draft-issues';
import { DrawItemDraft, drawFilter } from './exam-draft';
import { IssueTextPipe } from './issue-text.pipe';
import { LiveCount, liveDrawCount, shortfall } from './live-draw-count';

/** A blueprint draw: which questions it picks from, how many, and how many match right now. */
@Component({
  selector: 'app-draw-item-editor',
  imports: [
    FormsModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    EntryActions,
    IssueTextPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './draw-item-editor.html',
  styleUrls: ['./builder-form.scss', './draw-item-editor.scss'],
})
export class DrawItemEditor {
  private readonly examsApi = inject(ExamsApi);
  private readonly bankApi = inject(QuestionBankApi);
  private readonly i18n = inject(I18nService);

  readonly item = input.required<DrawItemDraft>();
  readonly banks = input<QuestionBankSummary[]>([]);
  readonly dimensions = input<CapabilityDimension[]>([]);
  readonly issues = input.required<IssueIndex>();
  readonly label = input.required<string>();
  readonly index = input.required<number>();
  readonly count = input.required<number>();
  readonly itemChange = output<DrawItemDraft>();
  readonly move = output<-1 | 1>();
  readonly remove = output<void>();

  protected readonly types = QUESTION_TYPES;
  protected readonly typeKeys = QUESTION_TYPE_KEYS;
  protected readonly difficulties = DIFFICULTIES;
  protected readonly separators = [ENTER, COMMA, SEMICOLON];

  private readonly bankId = computed(() => this.item().bankId);
  protected readonly categories = toSignal(
    toObservable(this.bankId).pipe(
      switchMap((bankId) =>
        bankId
          ? this.bankApi.categories(bankId).pipe(
              map((flat) => categoryOptions(buildCategoryTree(flat))),
              catchError(() => of([])),
            )
          : of([]),
      ),
    ),
    { initialValue: [] },
  );

  /** Null until the draw can be asked about: a bank is chosen and the difficulty range is sound. */
  private readonly filter = computed<DrawExamItem | null>(() => {
    const item = this.item();
    const inverted =
      item.minDifficulty !== null &&
      item.maxDifficulty !== null &&
      item.minDifficulty > item.maxDifficulty;
    return item.bankId && !inverted ? drawFilter(item) : null;
  });
  protected readonly live = toSignal(
    liveDrawCount(toObservable(this.filter), (item) =>
      this.examsApi.drawPreview(item),
    ),
    { initialValue: { status: 'idle' } as LiveCount },
  );
  protected readonly missing = computed(() =>
    shortfall(this.live(), this.item().count),
  );

  protected patch(change: Partial<DrawItemDraft>): void {
    this.itemChange.emit({ ...this.item(), ...change });
  }

  protected setBank(bankId: string): void {
    // Categories belong to one bank: a new bank starts from all of its questions.
    this.patch({ bankId, categoryId: null });
  }

  protected addTags(event: MatChipInputEvent): void {
    const added = splitTagInput(event.value);
    if (added.length > 0)
      this.patch({ tags: normaliseTags([...this.item().tags, ...added]) });
    event.chipInput.clear();
  }

  protected removeTag(tag: string): void {
    this.patch({ tags: this.item().tags.filter((t) => t !== tag) });
  }

  protected dimensionName(dimension: CapabilityDimension): string {
    return this.i18n.locale() === 'zh-CN' ? dimension.nameZh : dimension.nameEn;
  }
}
