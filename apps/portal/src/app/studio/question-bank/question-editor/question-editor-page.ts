import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import {
  Answer,
  PartQuestion,
  QUESTION_TYPES,
  Question,
  QuestionType,
  ScenarioQuestion,
  keyAnswer,
  learnerView,
  scoreAnswer,
  validateQuestion,
  type LearnerQuestion,
  type ScoreResult,
} from '@pathwise/assessment';
import {
  CapabilityDimension,
  ErrorCode,
  QuestionCategoryNode,
  QuestionDetail,
} from '@pathwise/contracts';
import { catchError, filter, of, switchMap } from 'rxjs';
import { I18nService, MessageKey } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import {
  apiErrorBody,
  apiErrorCode,
  errorMessageKey,
} from '../../../shared/api-error';
import { QuestionView } from '../../../shared/question-view/question-view';
import { buildCategoryTree, categoryOptions } from '../category-tree';
import { QUESTION_TYPE_KEYS } from '../labels';
import { QuestionBankApi } from '../question-bank-api';
import { PartEditor } from './part-editor';
import { ProblemIndex } from './problem-text';
import { ProblemSummary } from './problem-summary';
import {
  QuestionDraft,
  QuestionMetaDraft,
  changeType,
  draftFromDetail,
  isQuestionType,
  metaProblems,
  newDraft,
  problemsFromFieldErrors,
  toQuestionInput,
} from './question-draft';
import { QuestionMetaForm } from './question-meta-form';
import { ScenarioEditor } from './scenario-editor';
import { HasUnsavedChanges } from './unsaved-changes.guard';

/**
 * Creates or edits one question: metadata, the type's own form, live validation with the engine
 * the API uses, and a live preview exactly as an agent will see it.
 */
@Component({
  selector: 'app-question-editor-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    PartEditor,
    ProblemSummary,
    QuestionMetaForm,
    QuestionView,
    ScenarioEditor,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-editor-page.html',
  styleUrl: './question-editor-page.scss',
})
export class QuestionEditorPage implements HasUnsavedChanges {
  private readonly api = inject(QuestionBankApi);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  /** Route `studio/questions/:id`. */
  readonly id = input<string>();
  /** Route `studio/questions/:bankId/new?type=…&categoryId=…`. */
  readonly bankId = input<string>();
  readonly type = input<string>();
  readonly categoryId = input<string>();

  protected readonly types = QUESTION_TYPES;
  protected readonly typeKeys = QUESTION_TYPE_KEYS;

  protected readonly loadError = signal<MessageKey | null>(null);
  protected readonly saved = signal<QuestionDetail | null>(null);
  protected readonly draft = signal<QuestionDraft | null>(null);
  private readonly pristine = signal<string>('');
  protected readonly saving = signal(false);
  protected readonly saveError = signal<MessageKey | null>(null);
  protected readonly stale = signal(false);
  /** After the first save attempt every problem shows at its field, touched or not. */
  protected readonly revealAll = signal(false);
  protected readonly serverProblems = signal<
    ReturnType<typeof problemsFromFieldErrors>
  >([]);
  protected readonly previewAnswer = signal<Answer | null>(null);
  protected readonly checkResult = signal<ScoreResult | null>(null);

  protected readonly editing = computed(() => !!this.id());
  protected readonly currentBankId = computed(
    () => this.saved()?.bankId ?? this.bankId() ?? null,
  );

  private readonly categoriesFlat = toSignal(
    toObservable(this.currentBankId).pipe(
      filter((bankId): bankId is string => !!bankId),
      switchMap((bankId) =>
        this.api
          .categories(bankId)
          .pipe(catchError(() => of<QuestionCategoryNode[]>([]))),
      ),
    ),
    { initialValue: [] as QuestionCategoryNode[] },
  );
  protected readonly categories = computed(() =>
    categoryOptions(buildCategoryTree(this.categoriesFlat())),
  );
  protected readonly dimensions = toSignal(
    this.api.dimensions().pipe(catchError(() => of<CapabilityDimension[]>([]))),
    { initialValue: [] as CapabilityDimension[] },
  );

  protected readonly validation = computed(() => {
    const draft = this.draft();
    return draft ? validateQuestion(draft.definition) : null;
  });
  protected readonly problems = computed(() => {
    const draft = this.draft();
    const validation = this.validation();
    if (!draft || !validation) return [];
    return [
      ...metaProblems(draft.meta),
      ...(validation.ok ? [] : validation.problems),
      ...this.serverProblems(),
    ];
  });
  protected readonly problemIndex = computed(
    () => new ProblemIndex(this.problems(), this.revealAll()),
  );
  /** The clean copy when valid; the draft itself otherwise, so the preview follows every keystroke. */
  private readonly previewQuestion = computed<Question | null>(() => {
    const validation = this.validation();
    if (validation?.ok) return validation.question;
    return this.draft()?.definition ?? null;
  });
  protected readonly learner = computed<LearnerQuestion | null>(() => {
    const question = this.previewQuestion();
    if (!question) return null;
    try {
      return learnerView(question);
    } catch {
      // A half-built definition the view cannot read yet; the problems list says why.
      return null;
    }
  });
  protected readonly dirty = computed(() => {
    const draft = this.draft();
    return !!draft && JSON.stringify(draft) !== this.pristine();
  });

  private readonly summary = viewChild(ProblemSummary);

  constructor() {
    effect(() => {
      const id = this.id();
      const bankId = this.bankId();
      untracked(() =>
        id ? this.load(id) : bankId ? this.startNew() : undefined,
      );
    });
    // A changed question makes a previous check outdated.
    effect(() => {
      this.previewQuestion();
      untracked(() => this.checkResult.set(null));
    });
  }

  hasUnsavedChanges(): boolean {
    return this.dirty() && !this.saving();
  }

  private startNew(): void {
    const type = this.type();
    const draft = newDraft(
      isQuestionType(type) ? type : 'single_choice',
      this.categoryId() ?? '',
    );
    this.setPristine(draft);
  }

  private load(id: string): void {
    this.loadError.set(null);
    this.api.get(id).subscribe({
      next: (detail) => this.accept(detail),
      error: (error: unknown) => this.loadError.set(errorMessageKey(error)),
    });
  }

  private accept(detail: QuestionDetail): void {
    this.saved.set(detail);
    this.stale.set(false);
    this.serverProblems.set([]);
    this.revealAll.set(false);
    this.setPristine(draftFromDetail(detail));
  }

  private setPristine(draft: QuestionDraft): void {
    this.draft.set(draft);
    this.pristine.set(JSON.stringify(draft));
    this.previewAnswer.set(null);
  }

  protected setMeta(meta: QuestionMetaDraft): void {
    this.update({ meta });
  }

  protected setDefinition(definition: Question): void {
    this.update({ definition });
  }

  protected asScenario(q: Question): ScenarioQuestion {
    return q as ScenarioQuestion;
  }

  protected asPart(q: Question): PartQuestion {
    return q as PartQuestion;
  }

  private update(change: Partial<QuestionDraft>): void {
    const draft = this.draft();
    if (!draft) return;
    this.draft.set({ ...draft, ...change });
    // Server problems refer to what was sent; once the trainer edits, the live ones take over.
    if (this.serverProblems().length > 0) this.serverProblems.set([]);
  }

  protected setType(type: QuestionType): void {
    const draft = this.draft();
    if (!draft || draft.definition.type === type) return;
    this.update({ definition: changeType(draft.definition, type) });
    this.previewAnswer.set(null);
  }

  protected showKey(): void {
    const validation = this.validation();
    if (validation?.ok) this.previewAnswer.set(keyAnswer(validation.question));
  }

  protected check(): void {
    const validation = this.validation();
    const draft = this.draft();
    if (!validation?.ok || !draft) return;
    this.checkResult.set(
      scoreAnswer(
        validation.question,
        this.previewAnswer() ?? undefined,
        draft.meta.defaultPoints ?? 1,
      ),
    );
  }

  protected save(): void {
    const draft = this.draft();
    const validation = this.validation();
    if (!draft || !validation || this.saving()) return;
    this.revealAll.set(true);
    this.saveError.set(null);
    if (!validation.ok || metaProblems(draft.meta).length > 0) {
      // Let the summary render first, then take the reader there.
      setTimeout(() => this.summary()?.focus());
      return;
    }
    const saved = this.saved();
    const input = toQuestionInput(
      draft.meta,
      validation.question,
      saved?.version,
    );
    const bankId = this.currentBankId();
    const request$ = saved
      ? this.api.update(saved.id, input)
      : bankId
        ? this.api.create(bankId, input)
        : null;
    if (!request$) return;
    this.saving.set(true);
    request$.subscribe({
      next: (detail) => {
        this.saving.set(false);
        this.accept(detail);
        this.snackBar.open(
          this.i18n.t('editor.saved', { version: detail.version }),
          undefined,
          { duration: 4000 },
        );
        if (!saved)
          void this.router.navigate(['/studio/questions', detail.id], {
            replaceUrl: true,
          });
      },
      error: (error: unknown) => this.saveFailed(error),
    });
  }

  private saveFailed(error: unknown): void {
    this.saving.set(false);
    const code = apiErrorCode(error);
    if (code === ErrorCode.StaleVersion) {
      this.stale.set(true);
      return;
    }
    if (
      code === ErrorCode.InvalidQuestion ||
      code === ErrorCode.ValidationFailed
    ) {
      this.serverProblems.set(
        problemsFromFieldErrors(apiErrorBody(error)?.fieldErrors ?? []),
      );
      setTimeout(() => this.summary()?.focus());
    }
    this.saveError.set(errorMessageKey(error));
  }

  /** After a stale save: drop this edit and load what the other person saved. */
  protected reloadLatest(): void {
    const id = this.saved()?.id;
    if (id) this.load(id);
  }
}
