import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { TeamSummary } from '@pathwise/contracts';
import { filter, switchMap } from 'rxjs';
import { I18nService, MessageKey } from '../../i18n/i18n.service';
import { TranslatePipe } from '../../i18n/t.pipe';
import { errorMessageKey } from '../../shared/api-error';
import { confirm } from '../../shared/confirm-dialog';
import { Icon } from '../../shared/icon';
import { loadOnChange } from '../../shared/load-state';
import { TeamsApi } from '../../teams/teams-api';
import { TeamDialog, TeamDialogData } from './team-dialog';
import {
  TeamMembersDialog,
  TeamMembersDialogData,
} from './team-members-dialog';

@Component({
  selector: 'app-teams-page',
  imports: [
    MatButtonModule,
    MatMenuModule,
    MatProgressBarModule,
    MatTableModule,
    Icon,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './teams-page.html',
  styleUrl: './teams-page.scss',
})
export class TeamsPage {
  private readonly api = inject(TeamsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  /** Rows keep their DOM (and an open row menu) when a reload returns the same records. */
  protected readonly trackById = (_: number, row: { id: string | number }) =>
    row.id;
  protected readonly columns = ['name', 'supervisor', 'members', 'actions'];
  private readonly reloadTick = signal(0);
  protected readonly state = loadOnChange(this.reloadTick, () =>
    this.api.list(),
  );
  protected readonly rows = computed(() => this.state().value ?? []);
  protected readonly errorKey = computed(() => {
    const state = this.state();
    return state.status === 'error' ? errorMessageKey(state.error) : null;
  });

  protected create(): void {
    this.openEditor({});
  }

  protected edit(team: TeamSummary): void {
    this.openEditor({ team });
  }

  protected editMembers(team: TeamSummary): void {
    this.dialog
      .open<TeamMembersDialog, TeamMembersDialogData, boolean>(
        TeamMembersDialog,
        {
          data: { teamId: team.id, teamName: team.name },
          width: '760px',
          maxWidth: '95vw',
        },
      )
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe(() => this.done('teams.membersSaved', team.name));
  }

  protected remove(team: TeamSummary): void {
    confirm(this.dialog, {
      title: 'teams.delete.title',
      message: 'teams.delete.message',
      confirm: 'teams.delete.confirm',
      params: { name: team.name, count: team.memberCount },
      destructive: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.api.remove(team.id)),
      )
      .subscribe({
        next: () => this.done('teams.deleted', team.name),
        error: (error: unknown) =>
          this.snackBar.open(
            this.i18n.t(errorMessageKey(error)),
            this.i18n.t('common.dismiss'),
            {
              duration: 6000,
            },
          ),
      });
  }

  private openEditor(data: TeamDialogData): void {
    this.dialog
      .open<TeamDialog, TeamDialogData, { name: string }>(TeamDialog, {
        data,
        width: '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(filter((saved): saved is { name: string } => !!saved))
      .subscribe((saved) =>
        this.done(data.team ? 'teams.saved' : 'teams.created', saved.name),
      );
  }

  private done(key: MessageKey, name: string): void {
    this.snackBar.open(this.i18n.t(key, { name }), undefined, {
      duration: 4000,
    });
    this.reloadTick.update((n) => n + 1);
  }
}
