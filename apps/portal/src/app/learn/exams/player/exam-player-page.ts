import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import type { Answer, LearnerQuestion } from '@pathwise/assessment';
import {
  AttemptQuestionView,
  AttemptView,
  ErrorCode,
} from '@pathwise/contracts';
import { firstValueFrom, timeout } from 'rxjs';
import { MessageKey } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { apiErrorCode, errorMessageKey } from '../../../shared/api-error';
import { isAnswered } from '../../../shared/question-view/answer-model';
import { QuestionView } from '../../../shared/question-view/question-view';
import { AgentExamApi } from '../agent-exam-api';
import { ExamIcon, ExamIconName } from '../exam-icon';
import { AnswerOutbox, OutboxState } from './answer-outbox';
import { AttemptClock } from './attempt-clock';
import { answerForNumber, keyTarget, shortcutFor } from './player-keys';
import { canOpen, resumeIndex } from './player-navigation';
import {
  browserStorage,
  forgetAttempt,
  readOpenQuestion,
  writeOpenQuestion,
} from './player-storage';
import { QuestionNav, QuestionNavItem } from './question-nav';
import { classifySaveFailure } from './save-failure';
import { SaveStatus, saveStatus } from './save-status';
import { ShortcutsHelp } from './shortcuts-help';
import {
  SubmitDialog,
  SubmitDialogData,
  SubmitDialogResult,
} from './submit-dialog';

/** Typing is saved once the agent pauses; a click is saved at once. */
const TYPING_DEBOUNCE_MS = 600;
/** At the deadline unsent answers get this long to reach the server, inside its grace period. */
const TIME_UP_DRAIN_MS = 5_000;

const IDLE: OutboxState = {
  pending: 0,
  sending: false,
  offline: false,
  retrying: false,
  closed: null,
  rejected: [],
};

const STATUS_ICONS: Record<SaveStatus['tone'], ExamIconName> = {
  saved: 'saved',
  busy: 'pending',
  warning: 'offline',
  error: 'warning',
};

type Phase = 'loading' | 'error' | 'active' | 'submitting' | 'timeUp';

/**
 * One sitting of an exam: the questions as the layout and navigation rules allow, a countdown on
 * the server's clock, autosave through the outbox, keyboard shortcuts, and the submit.
 */
@Component({
  selector: 'app-exam-player-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    ExamIcon,
    QuestionNav,
    QuestionView,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './exam-player-page.html',
  styleUrl: './exam-player-page.scss',
  host: {
    '(window:online)': 'connectivity(true)',
    '(window:offline)': 'connectivity(false)',
    '(window:beforeunload)': 'beforeUnload($event)',
    '(document:keydown)': 'onKey($event)',
  },
})
export class ExamPlayerPage {
  private readonly api = inject(AgentExamApi);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  readonly attemptId = input.required<string>();

  protected readonly phase = signal<Phase>('loading');
  protected readonly errorKey = signal<MessageKey | null>(null);
  protected readonly attempt = signal<AttemptView | null>(null);
  protected readonly answers = signal<ReadonlyMap<number, Answer | null>>(
    new Map(),
  );
  protected readonly flags = signal<ReadonlySet<number>>(new Set());
  protected readonly current = signal(0);
  protected readonly saveState = signal<OutboxState>(IDLE);
  private outbox: AnswerOutbox | null = null;

  protected readonly questions = computed(
    () => this.attempt()?.questions ?? [],
  );
  protected readonly navigation = computed(
    () => this.attempt()?.navigation ?? 'free',
  );
  /** Sequential navigation shows one question at a time whatever the layout says. */
  protected readonly onePerPage = computed(() => {
    const attempt = this.attempt();
    return (
      !attempt ||
      attempt.navigation === 'sequential' ||
      attempt.layout === 'one_per_page'
    );
  });
  protected readonly visible = computed(() => {
    const all = this.questions().map((q, index) => ({ q, index }));
    return this.onePerPage()
      ? all.slice(this.current(), this.current() + 1)
      : all;
  });
  protected readonly navItems = computed<QuestionNavItem[]>(() => {
    const answers = this.answers();
    const flags = this.flags();
    const count = this.questions().length;
    return this.questions().map((q, index) => ({
      index,
      answered: isAnswered(q.question, answers.get(q.position) ?? null),
      flagged: flags.has(q.position),
      reachable: canOpen(index, this.current(), count, this.navigation()),
    }));
  });
  protected readonly clock = new AttemptClock(
    computed(() => this.attempt()?.deadline ?? null),
  );
  protected readonly status = computed(() => saveStatus(this.saveState()));
  protected readonly statusIcons = STATUS_ICONS;
  protected readonly sectionTitles = computed(() => {
    const sections = this.attempt()?.sections ?? [];
    return sections.length > 1 ? sections.map((s) => s.title) : null;
  });

  constructor() {
    effect(() => {
      const id = this.attemptId();
      untracked(() => this.load(id));
    });
    const ticker = setInterval(() => this.onTick(), 1000);
    inject(DestroyRef).onDestroy(() => {
      clearInterval(ticker);
      this.outbox?.dispose();
    });
  }

  /** For the leave guard: answers that only this browser holds. */
  hasUnsentAnswers(): boolean {
    return this.phase() === 'active' && this.saveState().pending > 0;
  }

  protected answerOf(position: number): Answer | null {
    return this.answers().get(position) ?? null;
  }

  protected isFlagged(position: number): boolean {
    return this.flags().has(position);
  }

  protected answerChanged(
    item: AttemptQuestionView,
    answer: Answer | null,
  ): void {
    if (this.phase() !== 'active') return;
    this.answers.update((all) => new Map(all).set(item.position, answer));
    this.outbox?.change(
      item.position,
      { answer },
      typesText(item.question) ? TYPING_DEBOUNCE_MS : 0,
    );
  }

  protected toggleFlag(position: number): void {
    if (this.phase() !== 'active') return;
    const flagged = !this.flags().has(position);
    this.flags.update((all) => {
      const next = new Set(all);
      if (flagged) next.add(position);
      else next.delete(position);
      return next;
    });
    this.outbox?.change(position, { flagged });
  }

  /** Opens a question if the navigation rules allow it; false when they do not. */
  protected go(index: number): boolean {
    const count = this.questions().length;
    if (!canOpen(index, this.current(), count, this.navigation())) return false;
    this.current.set(index);
    writeOpenQuestion(this.attemptId(), index);
    afterNextRender(
      () => {
        const heading = document.getElementById(`question-heading-${index}`);
        heading?.focus();
        if (!this.onePerPage()) heading?.scrollIntoView({ block: 'start' });
      },
      { injector: this.injector },
    );
    return true;
  }

  /** In the all-on-one-page layout the question being worked on is the one holding focus. */
  protected focusIn(index: number): void {
    if (!this.onePerPage() && this.current() !== index) {
      this.current.set(index);
      writeOpenQuestion(this.attemptId(), index);
    }
  }

  protected openShortcuts(): void {
    this.dialog.open(ShortcutsHelp, { width: '520px', maxWidth: '95vw' });
  }

  protected confirmSubmit(): void {
    const items = this.navItems();
    this.dialog
      .open<SubmitDialog, SubmitDialogData, SubmitDialogResult>(SubmitDialog, {
        data: {
          unanswered: items.filter((i) => !i.answered).map((i) => i.index),
          flagged: items.filter((i) => i.flagged).map((i) => i.index),
          canJump: this.navigation() === 'free',
        },
        width: '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((result) => {
        if (result?.kind === 'jump') this.go(result.index);
        if (result?.kind === 'submit') void this.submit();
      });
  }

  protected connectivity(online: boolean): void {
    this.outbox?.setOnline(online);
  }

  protected beforeUnload(event: BeforeUnloadEvent): void {
    if (this.saveState().pending > 0) event.preventDefault();
  }

  protected onKey(event: KeyboardEvent): void {
    if (
      this.phase() !== 'active' ||
      event.defaultPrevented ||
      this.dialog.openDialogs.length > 0
    )
      return;
    const shortcut = shortcutFor(
      event,
      keyTarget(event.target as Element | null),
    );
    const item = this.questions()[this.current()];
    if (!shortcut || !item) return;
    switch (shortcut.kind) {
      case 'choose': {
        const answer = answerForNumber(
          item.question,
          this.answerOf(item.position),
          shortcut.n,
        );
        if (!answer) return;
        this.answerChanged(item, answer);
        break;
      }
      case 'next':
        if (!this.go(this.current() + 1)) return;
        break;
      case 'previous':
        if (!this.go(this.current() - 1)) return;
        break;
      case 'flag':
        this.toggleFlag(item.position);
        break;
    }
    event.preventDefault();
  }

  private load(attemptId: string): void {
    this.phase.set('loading');
    this.outbox?.dispose();
    this.api.attempt(attemptId).subscribe({
      next: (view) => this.begin(view),
      error: (error: unknown) => {
        this.errorKey.set(errorMessageKey(error));
        this.phase.set('error');
      },
    });
  }

  private begin(view: AttemptView): void {
    if (view.status !== 'in_progress') {
      this.showResult(false);
      return;
    }
    this.clock.sync(view.serverNow);
    const outbox = new AnswerOutbox(view.id, {
      send: (position, request) =>
        firstValueFrom(this.api.saveAnswer(view.id, position, request)),
      classify: classifySaveFailure,
      storage: browserStorage(),
      onState: (state) => this.outboxChanged(state),
      onSaved: (result) => this.clock.sync(result.serverNow),
      onStale: () => this.adoptServerAnswers(view.id),
      isOnline: () => navigator.onLine,
    });
    this.outbox = outbox;
    const kept = outbox.restore(
      view.questions.map((q) => ({ position: q.position, seq: q.seq })),
    );
    const answers = new Map<number, Answer | null>();
    const flags = new Set<number>();
    for (const q of view.questions) {
      const local = kept.get(q.position);
      answers.set(
        q.position,
        local?.answer !== undefined ? local.answer : q.answer,
      );
      if (local?.flagged ?? q.flagged) flags.add(q.position);
    }
    this.attempt.set(view);
    this.answers.set(answers);
    this.flags.set(flags);
    this.current.set(
      resumeIndex(
        view.questions.map((q) =>
          isAnswered(q.question, answers.get(q.position) ?? null),
        ),
        view.navigation,
        readOpenQuestion(view.id),
      ),
    );
    this.phase.set('active');
  }

  /** Another tab or device saved a newer answer: show what the server now holds. */
  private adoptServerAnswers(attemptId: string): void {
    this.api.attempt(attemptId).subscribe({
      next: (view) => {
        // A change made here since then is on its way and wins.
        if (view.status !== 'in_progress' || this.saveState().pending > 0)
          return;
        this.answers.set(
          new Map(view.questions.map((q) => [q.position, q.answer])),
        );
        this.flags.set(
          new Set(
            view.questions.filter((q) => q.flagged).map((q) => q.position),
          ),
        );
      },
      // The next save or reload shows the server's copy anyway.
      error: () => undefined,
    });
  }

  private outboxChanged(state: OutboxState): void {
    this.saveState.set(state);
    // The server closed the attempt (time up, or submitted from elsewhere): nothing more can change.
    if (state.closed && this.phase() === 'active')
      void this.submit(state.closed === ErrorCode.TimeUp);
  }

  private onTick(): void {
    this.clock.tick();
    if (this.phase() === 'active' && this.clock.remaining() === 0)
      void this.submit(true);
  }

  private async submit(timeUp = false): Promise<void> {
    const outbox = this.outbox;
    if (!outbox || this.phase() !== 'active') return;
    this.phase.set(timeUp ? 'timeUp' : 'submitting');
    this.errorKey.set(null);
    const drained = await Promise.race([
      outbox.drain(),
      new Promise<'failed'>((resolve) =>
        setTimeout(() => resolve('failed'), TIME_UP_DRAIN_MS),
      ),
    ]);
    if (drained === 'failed' && !timeUp) {
      this.errorKey.set('exams.agent.submit.unsaved');
      this.phase.set('active');
      return;
    }
    try {
      await firstValueFrom(
        this.api.submit(this.attemptId()).pipe(timeout(15_000)),
      );
    } catch (error) {
      const code = apiErrorCode(error);
      const closed =
        code === ErrorCode.AttemptClosed || code === ErrorCode.TimeUp;
      // At the deadline the server closes the attempt itself, so a failed submit loses nothing.
      if (!closed && !timeUp) {
        this.errorKey.set(errorMessageKey(error));
        this.phase.set('active');
        return;
      }
    }
    outbox.clear();
    forgetAttempt(this.attemptId());
    this.showResult(timeUp);
  }

  private showResult(timeUp: boolean): void {
    void this.router.navigate(
      ['/learn/exams/attempts', this.attemptId(), 'result'],
      {
        replaceUrl: true,
        queryParams: timeUp ? { timeUp: true } : {},
      },
    );
  }
}

/** Questions answered by typing, whose saves wait for a pause. */
function typesText(question: LearnerQuestion): boolean {
  if (question.type === 'scenario')
    return question.parts.some((p) => typesText(p.question));
  return (
    question.type === 'fill_blank' ||
    question.type === 'numerical' ||
    question.type === 'essay'
  );
}
