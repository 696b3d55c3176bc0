import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MessageKey } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { errorMessageKey } from '../../../shared/api-error';
import { loadOnChange } from '../../../shared/load-state';
import { AgentExamApi } from '../agent-exam-api';
import { ExamCard } from './exam-card';
import { ExamGroups, groupExams } from './exam-groups';

interface GroupView {
  id: keyof ExamGroups;
  heading: MessageKey;
  empty: MessageKey;
}

const GROUPS: GroupView[] = [
  {
    id: 'inProgress',
    heading: 'exams.agent.group.inProgress',
    empty: 'exams.agent.group.inProgressEmpty',
  },
  {
    id: 'available',
    heading: 'exams.agent.group.available',
    empty: 'exams.agent.group.availableEmpty',
  },
  {
    id: 'finished',
    heading: 'exams.agent.group.finished',
    empty: 'exams.agent.group.finishedEmpty',
  },
];

/** The agent's exams: under way, to take, and done. */
@Component({
  selector: 'app-my-exams-page',
  imports: [MatProgressBarModule, ExamCard, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './my-exams-page.scss',
  template: `
    <div class="page-header">
      <h1>{{ 'exams.agent.title' | t }}</h1>
    </div>
    <div aria-live="polite" class="status-line">
      @if (state().status === 'loading') {
        <mat-progress-bar
          mode="indeterminate"
          [attr.aria-label]="'common.loading' | t"
        />
      }
      @if (errorKey(); as key) {
        <p class="error" role="alert">{{ key | t }}</p>
      }
    </div>
    @if (groups(); as g) {
      @if (total() === 0) {
        <section class="empty-state" aria-labelledby="no-exams">
          <h2 id="no-exams">{{ 'exams.agent.none.title' | t }}</h2>
          <p>{{ 'exams.agent.none.body' | t }}</p>
        </section>
      } @else {
        @for (group of groupViews; track group.id) {
          @let list = g[group.id];
          @if (list.length > 0 || group.id === 'available') {
            <section
              class="group"
              [attr.aria-labelledby]="'group-' + group.id"
              [attr.data-testid]="'group-' + group.id"
            >
              <h2 [id]="'group-' + group.id">
                {{ group.heading | t: { count: list.length } }}
              </h2>
              @if (list.length === 0) {
                <p class="muted">{{ group.empty | t }}</p>
              } @else {
                <ul class="card-grid" role="list">
                  @for (exam of list; track exam.examId) {
                    <li>
                      <app-exam-card
                        [exam]="exam"
                        [group]="group.id"
                        [now]="now()"
                      />
                    </li>
                  }
                </ul>
              }
            </section>
          }
        }
      }
    }
  `,
})
export class MyExamsPage {
  private readonly api = inject(AgentExamApi);

  protected readonly groupViews = GROUPS;
  protected readonly state = loadOnChange(signal(0), () => this.api.myExams());
  protected readonly now = computed(() => {
    this.state();
    return new Date();
  });
  protected readonly groups = computed(() => {
    const exams = this.state().value;
    return exams ? groupExams(exams) : null;
  });
  protected readonly total = computed(() => this.state().value?.length ?? 0);
  protected readonly errorKey = computed<MessageKey | null>(() => {
    const state = this.state();
    return state.status === 'error' ? errorMessageKey(state.error) : null;
  });
}
