import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TeamSummary } from '@pathwise/contracts';
import { map, of } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { TranslatePipe } from '../i18n/t.pipe';
import { ComingSoonCard } from '../shared/coming-soon-card';
import { loadOnChange } from '../shared/load-state';
import { MyExamsCard } from './exams/my-exams-card';
import { TeamsApi } from '../teams/teams-api';

@Component({
  selector: 'app-learn-home',
  imports: [
    MatCardModule,
    MatProgressBarModule,
    ComingSoonCard,
    MyExamsCard,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './learn-home.html',
  styleUrl: './learn-home.scss',
})
export class LearnHome {
  private readonly auth = inject(AuthService);
  private readonly teamsApi = inject(TeamsApi);

  protected readonly user = this.auth.user;
  private readonly teamIds = computed(() => this.user()?.teamIds ?? []);

  /** The API lists only the teams a learner belongs to or supervises; keep the ones they are in. */
  protected readonly teams = loadOnChange(this.teamIds, (ids) =>
    ids.length === 0
      ? of<TeamSummary[]>([])
      : this.teamsApi
          .list()
          .pipe(map((teams) => teams.filter((team) => ids.includes(team.id)))),
  );
}
