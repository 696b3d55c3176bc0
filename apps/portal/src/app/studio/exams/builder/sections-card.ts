import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CapabilityDimension, QuestionBankSummary } from '@pathwise/contracts';
import { filter } from 'rxjs';
import { I18nService } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { confirm } from '../../../shared/confirm-dialog';
import {
  EntryActions,
  moved,
  removed,
  replaced,
} from '../../question-bank/question-editor/entry-actions';
import { IssueIndex } from './draft-issues';
import { DrawItemEditor } from './draw-item-editor';
import {
  DrawItemDraft,
  FixedItemDraft,
  ItemDraft,
  QuestionInfo,
  SectionDraft,
  newDrawItem,
  newSection,
} from './exam-draft';
import { FixedItemRow } from './fixed-item-row';
import { SECTIONS_ANCHOR, itemAnchor } from './publish-checklist';

/** The exam's sections and, in each, its fixed questions and blueprint draws. */
@Component({
  selector: 'app-exam-sections-card',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    DrawItemEditor,
    EntryActions,
    FixedItemRow,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sections-card.html',
  styleUrl: './sections-card.scss',
})
export class ExamSectionsCard {
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18nService);

  readonly sections = input.required<SectionDraft[]>();
  readonly questions = input<ReadonlyMap<string, QuestionInfo | null>>(
    new Map(),
  );
  readonly banks = input<QuestionBankSummary[]>([]);
  readonly dimensions = input<CapabilityDimension[]>([]);
  readonly issues = input.required<IssueIndex>();
  readonly sectionsChange = output<SectionDraft[]>();
  /** The trainer wants to pick fixed questions for the section at this index. */
  readonly pickQuestions = output<number>();

  protected readonly anchor = SECTIONS_ANCHOR;
  protected readonly itemAnchor = itemAnchor;

  /** A new draw starts in the bank the exam drew from last, else the first bank. */
  private readonly defaultBank = computed(() => {
    const draws = this.sections()
      .flatMap((s) => s.items)
      .filter((item): item is DrawItemDraft => item.kind === 'draw');
    return draws.at(-1)?.bankId ?? this.banks()[0]?.id ?? '';
  });

  protected sectionName(index: number): string {
    return this.i18n.t('exams.builder.section.label', { n: index + 1 });
  }

  protected itemName(index: number): string {
    return this.i18n.t('exams.builder.item.what', { n: index + 1 });
  }

  protected asFixed(item: ItemDraft): FixedItemDraft {
    return item as FixedItemDraft;
  }

  protected asDraw(item: ItemDraft): DrawItemDraft {
    return item as DrawItemDraft;
  }

  protected addSection(): void {
    this.sectionsChange.emit([...this.sections(), newSection()]);
  }

  protected renameSection(index: number, title: string): void {
    this.sectionsChange.emit(replaced(this.sections(), index, { title }));
  }

  protected moveSection(index: number, delta: number): void {
    this.sectionsChange.emit(moved(this.sections(), index, delta));
  }

  protected removeSection(index: number): void {
    const section = this.sections()[index];
    if (section.items.length === 0) {
      this.sectionsChange.emit(removed(this.sections(), index));
      return;
    }
    confirm(this.dialog, {
      title: 'exams.builder.section.removeTitle',
      message: 'exams.builder.section.removeMessage',
      params: { n: index + 1, count: section.items.length },
      confirm: 'exams.builder.section.removeConfirm',
      destructive: true,
    })
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.sectionsChange.emit(removed(this.sections(), index)),
      );
  }

  protected addDraw(index: number): void {
    this.setItems(index, [
      ...this.sections()[index].items,
      newDrawItem(this.defaultBank()),
    ]);
  }

  protected setItem(section: number, index: number, item: ItemDraft): void {
    this.setItems(
      section,
      this.sections()[section].items.map((entry, i) =>
        i === index ? item : entry,
      ),
    );
  }

  protected moveItem(section: number, index: number, delta: number): void {
    this.setItems(section, moved(this.sections()[section].items, index, delta));
  }

  protected removeItem(section: number, index: number): void {
    this.setItems(section, removed(this.sections()[section].items, index));
  }

  private setItems(section: number, items: ItemDraft[]): void {
    this.sectionsChange.emit(replaced(this.sections(), section, { items }));
  }
}
