import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import {
  CapabilityDimension,
  ErrorCode,
  ExamAudience,
  ExamDetail,
  ExamProblem,
  FieldError,
  QuestionBankSummary,
} from '@pathwise/contracts';
import {
  EMPTY,
  Observable,
  catchError,
  filter,
  finalize,
  forkJoin,
  map,
  of,
  switchMap,
  tap,
} from 'rxjs';
import {
  I18nService,
  MessageKey,
  MessageParams,
} from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import {
  apiErrorBody,
  apiErrorCode,
  errorMessageKey,
} from '../../../shared/api-error';
import { QuestionBankApi } from '../../question-bank/question-bank-api';
import { HasUnsavedChanges } from '../../question-bank/question-editor/unsaved-changes.guard';
import { ExamsApi } from '../exams-api';
import {
  QuestionPick,
  QuestionPickerData,
  QuestionPickerDialog,
} from '../picker/question-picker-dialog';
import { ExamAudienceCard } from './audience-card';
import { ExamDeliveryCard } from './delivery-card';
import { IssueIndex, draftIssues, serverIssues } from './draft-issues';
import {
  ExamDraft,
  ExamSettingsDraft,
  QuestionInfo,
  SectionDraft,
  draftFromDetail,
  fixedQuestionIds,
  newExamDraft,
  newFixedItem,
  toExamInput,
} from './exam-draft';
import { IssueLocationPipe, IssueTextPipe } from './issue-text.pipe';
import { checklist, refusedProblems } from './publish-checklist';
import { ExamScoringCard } from './scoring-card';
import { ExamSectionsCard } from './sections-card';
import { ExamSettingsCard } from './settings-card';
import { ExamSummaryCard } from './summary-card';

/**
 * Creates or edits one exam on one page: settings, scoring, sections with fixed questions and
 * blueprint draws, audience and review, beside the publish checklist the API computes on save.
 */
@Component({
  selector: 'app-exam-builder-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatProgressBarModule,
    ExamAudienceCard,
    ExamDeliveryCard,
    ExamScoringCard,
    ExamSectionsCard,
    ExamSettingsCard,
    ExamSummaryCard,
    IssueLocationPipe,
    IssueTextPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './exam-builder-page.html',
  styleUrl: './exam-builder-page.scss',
})
export class ExamBuilderPage implements HasUnsavedChanges {
  private readonly api = inject(ExamsApi);
  private readonly bankApi = inject(QuestionBankApi);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);

  /** Route `studio/exams/:id`; absent on `studio/exams/new`. */
  readonly id = input<string>();

  protected readonly loadError = signal<MessageKey | null>(null);
  protected readonly saved = signal<ExamDetail | null>(null);
  protected readonly draft = signal<ExamDraft | null>(null);
  private readonly pristine = signal('');
  protected readonly saving = signal(false);
  protected readonly publishing = signal(false);
  protected readonly saveError = signal<MessageKey | null>(null);
  protected readonly revealAll = signal(false);
  private readonly serverErrors = signal<readonly FieldError[]>([]);
  /** Blocking problems of a refused publish or edit; they replace the saved checklist until the next save. */
  private readonly refusal = signal<ExamProblem[] | null>(null);
  protected readonly questionInfo = signal<
    ReadonlyMap<string, QuestionInfo | null>
  >(new Map());
  private lastPickedBank: string | null = null;

  protected readonly banks = toSignal(
    this.bankApi.banks().pipe(catchError(() => of<QuestionBankSummary[]>([]))),
    { initialValue: [] as QuestionBankSummary[] },
  );
  protected readonly dimensions = toSignal(
    this.bankApi
      .dimensions()
      .pipe(catchError(() => of<CapabilityDimension[]>([]))),
    { initialValue: [] as CapabilityDimension[] },
  );

  private readonly localIssues = computed(() => {
    const draft = this.draft();
    return draft ? draftIssues(draft) : [];
  });
  protected readonly issues = computed(() => {
    const draft = this.draft();
    return draft
      ? [...this.localIssues(), ...serverIssues(this.serverErrors(), draft)]
      : [];
  });
  protected readonly issueIndex = computed(
    () => new IssueIndex(this.issues(), this.revealAll()),
  );
  protected readonly dirty = computed(() => {
    const draft = this.draft();
    return !!draft && JSON.stringify(draft) !== this.pristine();
  });
  protected readonly archived = computed(
    () => this.saved()?.status === 'archived',
  );
  protected readonly refused = computed(() => this.refusal() !== null);
  protected readonly checklist = computed(() => {
    const saved = this.saved();
    if (!saved) return [];
    return checklist(
      this.refusal() ?? saved.problems,
      saved.availability,
      (code) => this.dimensionName(code),
    );
  });

  private readonly summaryCard = viewChild(ExamSummaryCard);
  private readonly issueSummary =
    viewChild<ElementRef<HTMLElement>>('issueSummary');

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => (id ? this.load(id) : this.setPristine(newExamDraft())));
    });
  }

  hasUnsavedChanges(): boolean {
    return this.dirty() && !this.saving();
  }

  private load(id: string): void {
    this.loadError.set(null);
    this.api.get(id).subscribe({
      next: (detail) => {
        this.saved.set(detail);
        this.setPristine(draftFromDetail(detail));
      },
      error: (error: unknown) => this.loadError.set(errorMessageKey(error)),
    });
  }

  private setPristine(draft: ExamDraft): void {
    this.draft.set(draft);
    this.pristine.set(JSON.stringify(draft));
    this.lookUpQuestions(fixedQuestionIds(draft));
  }

  /** Names and types of fixed questions the page has not seen yet; one request each, as the API has no batch read. */
  private lookUpQuestions(ids: readonly string[]): void {
    const known = this.questionInfo();
    const missing = [...new Set(ids)].filter((id) => !known.has(id));
    if (missing.length === 0) return;
    forkJoin(
      missing.map((id) =>
        this.bankApi.get(id).pipe(
          map((q): QuestionInfo | null => q),
          catchError(() => of(null)),
        ),
      ),
    ).subscribe((found) =>
      this.questionInfo.update((known) => {
        const next = new Map(known);
        missing.forEach((id, i) => next.set(id, found[i]));
        return next;
      }),
    );
  }

  private update(change: Partial<ExamDraft>): void {
    const draft = this.draft();
    if (!draft) return;
    this.draft.set({ ...draft, ...change });
    // Field errors refer to what was sent; once the trainer edits, the live checks take over.
    if (this.serverErrors().length > 0) this.serverErrors.set([]);
  }

  protected setSettings(settings: ExamSettingsDraft): void {
    this.update({ settings });
  }

  protected setSections(sections: SectionDraft[]): void {
    this.update({ sections });
  }

  protected setAudience(audience: ExamAudience): void {
    this.update({ audience });
  }

  protected pickQuestions(section: number): void {
    const draft = this.draft();
    if (!draft) return;
    this.dialog
      .open<QuestionPickerDialog, QuestionPickerData, QuestionPick>(
        QuestionPickerDialog,
        {
          data: {
            sectionNumber: section + 1,
            bankId: this.lastPickedBank ?? this.banks()[0]?.id ?? null,
            excludeIds: fixedQuestionIds(draft),
          },
          width: '1080px',
          maxWidth: '96vw',
        },
      )
      .afterClosed()
      .pipe(filter((pick): pick is QuestionPick => !!pick))
      .subscribe(({ questions, points }) => {
        const current = this.draft();
        if (!current) return;
        this.lastPickedBank = questions[0]?.bankId ?? this.lastPickedBank;
        this.questionInfo.update((known) => {
          const next = new Map(known);
          for (const q of questions) next.set(q.id, q);
          return next;
        });
        const added = questions.map((q) =>
          newFixedItem(q.id, points ?? q.defaultPoints),
        );
        this.setSections(
          current.sections.map((s, i) =>
            i === section ? { ...s, items: [...s.items, ...added] } : s,
          ),
        );
        this.toast('exams.builder.picker.added', {
          count: added.length,
          n: section + 1,
        });
      });
  }

  protected save(): void {
    this.saveRequest()?.subscribe();
  }

  /** Null when the builder's own checks fail (they are then shown); errors are reported here. */
  private saveRequest(): Observable<ExamDetail> | null {
    const draft = this.draft();
    if (!draft || this.saving()) return null;
    this.revealAll.set(true);
    this.saveError.set(null);
    if (this.localIssues().length > 0) {
      // Let the summary render first, then take the reader there.
      setTimeout(() => this.issueSummary()?.nativeElement.focus());
      return null;
    }
    const saved = this.saved();
    const input = toExamInput(draft);
    this.saving.set(true);
    return (
      saved ? this.api.update(saved.id, input) : this.api.create(input)
    ).pipe(
      tap((detail) => this.acceptSaved(detail, draft, !saved)),
      catchError((error: unknown) => {
        this.saveFailed(error);
        return EMPTY;
      }),
      finalize(() => this.saving.set(false)),
    );
  }

  private acceptSaved(
    detail: ExamDetail,
    sent: ExamDraft,
    created: boolean,
  ): void {
    this.saved.set(detail);
    // Edits made while the request ran stay unsaved.
    this.pristine.set(JSON.stringify(sent));
    this.serverErrors.set([]);
    this.refusal.set(null);
    this.revealAll.set(false);
    this.toast(
      detail.status === 'draft'
        ? 'exams.builder.save.draftSaved'
        : 'exams.builder.save.saved',
    );
    if (created)
      void this.router.navigate(['/studio/exams', detail.id], {
        replaceUrl: true,
      });
  }

  private saveFailed(error: unknown): void {
    const body = apiErrorBody(error);
    const problems = refusedProblems(body);
    if (problems) {
      this.refusal.set(problems);
      this.saveError.set('exams.builder.save.refusedPublished');
      setTimeout(() => this.summaryCard()?.focusChecklist());
      return;
    }
    if (apiErrorCode(error) === ErrorCode.ValidationFailed) {
      this.serverErrors.set(body?.fieldErrors ?? []);
      setTimeout(() => this.issueSummary()?.nativeElement.focus());
    }
    this.saveError.set(errorMessageKey(error));
  }

  protected publish(): void {
    const saved = this.saved();
    if (!saved || this.publishing()) return;
    const before = this.dirty() ? this.saveRequest() : of(saved);
    if (!before) return;
    this.publishing.set(true);
    this.saveError.set(null);
    before
      .pipe(
        switchMap((detail) =>
          this.api.publish(detail.id).pipe(
            catchError((error: unknown) => {
              this.publishFailed(error);
              return EMPTY;
            }),
          ),
        ),
        finalize(() => this.publishing.set(false)),
      )
      .subscribe((detail) => {
        this.saved.set(detail);
        this.refusal.set(null);
        this.toast('exams.builder.publish.done', { title: detail.title });
      });
  }

  private publishFailed(error: unknown): void {
    const problems = refusedProblems(apiErrorBody(error));
    if (problems) {
      this.refusal.set(problems);
      setTimeout(() => this.summaryCard()?.focusChecklist());
    } else {
      this.saveError.set(errorMessageKey(error));
    }
  }

  /** Brings a checklist entry's field, item or card into view and moves focus there. */
  protected goTo(target: string): void {
    const element = this.document.getElementById(target);
    if (!element) return;
    element.scrollIntoView({ behavior: 'smooth', block: 'center' });
    element.focus({ preventScroll: true });
  }

  private dimensionName(code: string): string {
    const dimension = this.dimensions().find((d) => d.code === code);
    if (!dimension) return code;
    return this.i18n.locale() === 'zh-CN' ? dimension.nameZh : dimension.nameEn;
  }

  private toast(key: MessageKey, params?: MessageParams): void {
    this.snackBar.open(this.i18n.t(key, params), undefined, { duration: 4000 });
  }
}
