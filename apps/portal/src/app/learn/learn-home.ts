import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TeamDetail } from '@pathwise/contracts';
import { catchError, forkJoin, map, of } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { TranslatePipe } from '../i18n/t.pipe';
import { ComingSoonCard } from '../shared/coming-soon-card';
import { loadOnChange } from '../shared/load-state';
import { TeamsApi } from '../teams/teams-api';

@Component({
  selector: 'app-learn-home',
  imports: [MatCardModule, MatProgressBarModule, ComingSoonCard, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './learn-home.html',
  styleUrl: './learn-home.scss',
})
export class LearnHome {
  private readonly auth = inject(AuthService);
  private readonly teamsApi = inject(TeamsApi);

  protected readonly user = this.auth.user;
  private readonly teamIds = computed(() => this.user()?.teamIds ?? []);

  protected readonly teams = loadOnChange(this.teamIds, (ids) =>
    ids.length === 0
      ? of<TeamDetail[]>([])
      : forkJoin(ids.map((id) => this.teamsApi.get(id).pipe(catchError(() => of(null))))).pipe(
          map((teams) => teams.filter((team): team is TeamDetail => team !== null)),
        ),
  );
}
