import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TeamDetail } from '@pathwise/contracts';
import { forkJoin, map, of } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { TranslatePipe } from '../i18n/t.pipe';
import { errorMessageKey } from '../shared/api-error';
import { loadOnChange } from '../shared/load-state';
import { TeamsApi } from '../teams/teams-api';

const collator = new Intl.Collator(['zh-CN', 'en'], {
  sensitivity: 'base',
  numeric: true,
});

function byName(team: TeamDetail): TeamDetail {
  return {
    ...team,
    members: [...team.members].sort((a, b) =>
      collator.compare(a.displayName, b.displayName),
    ),
  };
}

/** The supervisor's home: each team they supervise, with its members. */
@Component({
  selector: 'app-team-home',
  imports: [MatCardModule, MatProgressBarModule, MatTableModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './team-home.html',
  styleUrl: './team-home.scss',
})
export class TeamHome {
  private readonly auth = inject(AuthService);
  private readonly teamsApi = inject(TeamsApi);

  protected readonly user = this.auth.user;
  private readonly teamIds = computed(
    () => this.user()?.supervisedTeamIds ?? [],
  );
  protected readonly teams = loadOnChange(this.teamIds, (ids) =>
    ids.length === 0
      ? of<TeamDetail[]>([])
      : forkJoin(ids.map((id) => this.teamsApi.get(id))).pipe(
          map((teams) => teams.map(byName)),
        ),
  );
  protected readonly errorKey = computed(() => {
    const state = this.teams();
    return state.status === 'error' ? errorMessageKey(state.error) : null;
  });
  protected readonly columns = ['displayName', 'email', 'status'];
}
