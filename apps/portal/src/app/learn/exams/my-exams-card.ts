import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../i18n/t.pipe';
import { loadOnChange } from '../../shared/load-state';
import { AgentExamApi } from './agent-exam-api';
import { groupExams } from './my-exams/exam-groups';

/** The learner home's way into exams, with what is waiting there. */
@Component({
  selector: 'app-my-exams-card',
  imports: [MatButtonModule, MatCardModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    mat-card {
      height: 100%;
    }
    h2 {
      margin: 0;
    }
  `,
  template: `
    <mat-card appearance="outlined" data-testid="card-exams">
      <mat-card-header>
        <h2 mat-card-title>{{ 'exams.agent.card.title' | t }}</h2>
      </mat-card-header>
      <mat-card-content>
        <p aria-live="polite" data-testid="card-exams-summary">
          @if (counts(); as c) {
            {{ 'exams.agent.card.summary' | t: c }}
          } @else if (state().status === 'error') {
            {{ 'exams.agent.card.unavailable' | t }}
          } @else {
            {{ 'common.loading' | t }}
          }
        </p>
      </mat-card-content>
      <mat-card-actions>
        <a
          mat-flat-button
          routerLink="/learn/exams"
          data-testid="open-my-exams"
        >
          {{ 'exams.agent.card.open' | t }}
        </a>
      </mat-card-actions>
    </mat-card>
  `,
})
export class MyExamsCard {
  private readonly api = inject(AgentExamApi);

  protected readonly state = loadOnChange(signal(0), () => this.api.myExams());
  protected readonly counts = computed(() => {
    const exams = this.state().value;
    if (!exams) return null;
    const groups = groupExams(exams);
    return {
      available: groups.available.filter((e) => e.canStart).length,
      inProgress: groups.inProgress.length,
    };
  });
}
