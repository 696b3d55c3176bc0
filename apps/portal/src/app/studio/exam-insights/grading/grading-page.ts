import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { countWords } from '@pathwise/assessment';
import { ExamSummary } from '@pathwise/contracts';
import { catchError, map, of } from 'rxjs';
import { I18nService, MessageKey } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { errorMessageKey } from '../../../shared/api-error';
import { loadOnChange } from '../../../shared/load-state';
import { LocalDatePipe } from '../../../shared/local-date.pipe';
import { ExamInsightsApi } from '../exam-insights-api';
import { nextTask, sessionProgress } from './grading-queue';
import { focusContext, gradingShortcut } from './grading-shortcuts';
import { RubricGrader } from './rubric-grader';
import {
  RubricSelection,
  checkGrade,
  scaledRubricPoints,
} from './rubric-score';
import { ShortcutHelp } from './shortcut-help';

/** Enough queue entries to find the next answer behind the ones skipped. */
const LOOKAHEAD = 10;
const MAX_PAGE_SIZE = 200;

/** Open answers one at a time, oldest first: rubric or points, a comment, save and on to the next. */
@Component({
  selector: 'app-grading-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    LocalDatePipe,
    RubricGrader,
    ShortcutHelp,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './grading-page.html',
  styleUrl: './grading-page.scss',
  host: { '(document:keydown)': 'onKeydown($event)' },
})
export class GradingPage {
  private readonly api = inject(ExamInsightsApi);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  /** Query parameter `?examId=`: only this exam's answers. */
  readonly examId = input<string>();

  protected readonly exams = toSignal(
    this.api.exams().pipe(
      map((exams) => exams.filter((exam) => exam.status !== 'draft')),
      catchError(() => of<ExamSummary[]>([])),
    ),
    { initialValue: [] as ExamSummary[] },
  );

  /** Skipped answers stay in the queue; this session passes over them. */
  protected readonly skipped = linkedSignal<
    string | undefined,
    ReadonlySet<string>
  >({ source: this.examId, computation: () => new Set<string>() });
  protected readonly graded = linkedSignal({
    source: this.examId,
    computation: () => 0,
  });
  private readonly reload = signal(0);
  private readonly request = computed(() => ({
    examId: this.examId() || undefined,
    pageSize: Math.min(MAX_PAGE_SIZE, this.skipped().size + LOOKAHEAD),
    tick: this.reload(),
  }));
  protected readonly queueState = loadOnChange(
    this.request,
    ({ examId, pageSize }) =>
      this.api.gradingQueue({ examId, page: 1, pageSize }),
  );
  protected readonly waiting = computed(
    () => this.queueState().value?.total ?? 0,
  );
  protected readonly task = computed(() => {
    const page = this.queueState().value;
    return page ? nextTask(page.items, this.skipped()) : null;
  });
  private readonly taskKey = computed(() => this.task()?.key);
  protected readonly progress = computed(() =>
    sessionProgress(this.graded(), this.waiting()),
  );
  protected readonly rubric = computed(() => {
    const rubric = this.task()?.essay.rubric;
    return rubric && rubric.criteria.length > 0 ? rubric : null;
  });
  protected readonly answerWords = computed(() =>
    countWords(this.task()?.answerText ?? ''),
  );

  // The draft belongs to one answer: a new answer starts blank.
  protected readonly selection = linkedSignal<
    string | undefined,
    RubricSelection
  >({ source: this.taskKey, computation: () => ({}) });
  protected readonly current = linkedSignal({
    source: this.taskKey,
    computation: () => 0,
  });
  protected readonly points = linkedSignal({
    source: this.taskKey,
    computation: () => '',
  });
  protected readonly comment = linkedSignal({
    source: this.taskKey,
    computation: () => '',
  });
  protected readonly missing = linkedSignal<string | undefined, string[]>({
    source: this.taskKey,
    computation: () => [],
  });
  protected readonly problemKey = linkedSignal<
    string | undefined,
    MessageKey | null
  >({ source: this.taskKey, computation: () => null });

  protected readonly rubricTotal = computed(() => {
    const task = this.task();
    const rubric = this.rubric();
    return task && rubric
      ? scaledRubricPoints(rubric, this.selection(), task.maxPoints)
      : 0;
  });
  private readonly saving = signal(false);
  /** Also while the queue reloads after a save, so one answer is never graded twice by a double press. */
  protected readonly busy = computed(
    () => this.saving() || this.queueState().status === 'loading',
  );
  protected readonly loadErrorKey = computed<MessageKey | null>(() => {
    const state = this.queueState();
    return state.status === 'error' ? errorMessageKey(state.error) : null;
  });
  /** What a keyboard action did, for screen readers. */
  protected readonly announcement = signal('');

  private readonly rubricGrader = viewChild(RubricGrader);
  private readonly focusTarget =
    viewChild<ElementRef<HTMLElement>>('focusTarget');
  private readonly pointsInput =
    viewChild<ElementRef<HTMLInputElement>>('pointsInput');
  /** Set by save and skip: the next answer's heading takes the focus once it is on screen. */
  private focusAfterChange = false;

  constructor() {
    afterRenderEffect(() => {
      this.taskKey();
      const target = this.focusTarget();
      if (this.focusAfterChange && target && !this.busy()) {
        this.focusAfterChange = false;
        target.nativeElement.focus();
      }
    });
  }

  protected chooseExam(examId: string): void {
    void this.router.navigate([], {
      queryParams: { examId: examId || null },
      queryParamsHandling: 'merge',
    });
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || !this.task()) return;
    const shortcut = gradingShortcut(event, focusContext(event.target));
    if (!shortcut) return;
    event.preventDefault();
    switch (shortcut.kind) {
      case 'level':
        this.chooseLevel(shortcut.index);
        return;
      case 'nextCriterion':
        this.moveCriterion(1);
        return;
      case 'previousCriterion':
        this.moveCriterion(-1);
        return;
      case 'save':
        this.save();
        return;
      case 'skip':
        this.skip();
        return;
    }
  }

  /** Sets the level of the current criterion, then moves on to the next criterion. */
  private chooseLevel(index: number): void {
    const rubric = this.rubric();
    if (!rubric) return;
    const criterion = rubric.criteria[this.current()];
    const level = criterion?.levels[index];
    if (!criterion || !level) {
      this.announcement.set(
        this.i18n.t('insights.grading.noSuchLevel', { n: index + 1 }),
      );
      return;
    }
    this.selection.update((selection) => ({
      ...selection,
      [criterion.id]: index,
    }));
    this.missing.update((ids) => ids.filter((id) => id !== criterion.id));
    this.announcement.set(
      this.i18n.t('insights.grading.levelChosen', {
        criterion: criterion.description,
        level: level.description,
        count: level.points,
      }),
    );
    if (this.current() < rubric.criteria.length - 1) this.moveCriterion(1);
  }

  private moveCriterion(delta: number): void {
    const rubric = this.rubric();
    if (!rubric) return;
    const next = Math.min(
      rubric.criteria.length - 1,
      Math.max(0, this.current() + delta),
    );
    this.current.set(next);
    this.rubricGrader()?.focusCriterion(next);
  }

  protected setPoints(event: Event): void {
    this.points.set((event.target as HTMLInputElement).value);
  }

  protected setComment(event: Event): void {
    this.comment.set((event.target as HTMLTextAreaElement).value);
  }

  protected save(): void {
    const task = this.task();
    if (!task || this.busy()) return;
    const check = checkGrade(task, {
      rubric: this.selection(),
      points: this.points(),
      comment: this.comment(),
    });
    if (!check.ok) {
      if (check.problem === 'criteria') {
        this.missing.set(check.missing);
        this.problemKey.set('insights.grading.criteriaMissing');
        const first = this.rubric()?.criteria.findIndex(
          (c) => c.id === check.missing[0],
        );
        if (first !== undefined && first >= 0) {
          this.current.set(first);
          this.rubricGrader()?.focusCriterion(first);
        }
      } else {
        this.problemKey.set('insights.grading.pointsInvalid');
        this.pointsInput()?.nativeElement.focus();
      }
      return;
    }
    this.saving.set(true);
    this.problemKey.set(null);
    this.api.grade(task.attemptId, task.position, check.request).subscribe({
      next: (result) => {
        this.saving.set(false);
        this.graded.update((n) => n + 1);
        const finished =
          result.remaining === 0 && result.attemptStatus === 'graded';
        this.snackBar.open(
          finished
            ? this.i18n.t('insights.grading.attemptGraded', {
                name: task.agentName,
              })
            : this.i18n.t('insights.grading.saved'),
          undefined,
          { duration: 5000 },
        );
        this.focusAfterChange = true;
        this.reload.update((n) => n + 1);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.problemKey.set(errorMessageKey(error));
      },
    });
  }

  protected skip(): void {
    const task = this.task();
    if (!task || this.busy()) return;
    this.skipped.update((set) => new Set([...set, task.key]));
    this.announcement.set(this.i18n.t('insights.grading.skippedOne'));
    this.focusAfterChange = true;
  }

  protected backToSkipped(): void {
    this.skipped.set(new Set());
    this.focusAfterChange = true;
  }
}
