import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatListModule } from '@angular/material/list';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { UserSummary } from '@pathwise/contracts';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  switchMap,
} from 'rxjs';
import { I18nService, MessageKey } from '../../i18n/i18n.service';
import { TranslatePipe } from '../../i18n/t.pipe';
import { errorMessageKey } from '../../shared/api-error';
import { Icon } from '../../shared/icon';
import { TeamsApi } from '../../teams/teams-api';
import { UsersApi } from '../../users/users-api';

export interface TeamMembersDialogData {
  teamId: string;
  teamName: string;
}

interface Member {
  id: string;
  displayName: string;
  email: string;
}

/** Edits a team's member list locally, then replaces it in one request. */
@Component({
  selector: 'app-team-members-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatListModule,
    MatProgressBarModule,
    Icon,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './team-members-dialog.html',
  styleUrl: './team-members-dialog.scss',
})
export class TeamMembersDialog {
  private readonly teamsApi = inject(TeamsApi);
  private readonly usersApi = inject(UsersApi);
  private readonly i18n = inject(I18nService);
  private readonly dialogRef = inject(MatDialogRef<TeamMembersDialog, boolean>);
  protected readonly data = inject<TeamMembersDialogData>(MAT_DIALOG_DATA);

  protected readonly members = signal<Member[]>([]);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<MessageKey | null>(null);
  /** Read out by the live region after each add or remove. */
  protected readonly announcement = signal('');

  private readonly memberIds = computed(
    () => new Set(this.members().map((m) => m.id)),
  );

  protected readonly search = signal('');
  protected readonly results = toSignal(
    toObservable(this.search).pipe(
      debounceTime(300),
      map((term) => term.trim()),
      distinctUntilChanged(),
      switchMap((term) =>
        term.length < 2
          ? of<UserSummary[] | null>(null)
          : this.usersApi
              .list({ search: term, active: true, pageSize: 10 })
              .pipe(
                map((page) => page.items),
                catchError(() => of<UserSummary[]>([])),
              ),
      ),
    ),
    { initialValue: null },
  );

  constructor() {
    this.teamsApi.get(this.data.teamId).subscribe({
      next: (team) => {
        this.members.set(
          team.members.map(({ id, displayName, email }) => ({
            id,
            displayName,
            email,
          })),
        );
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.errorKey.set(errorMessageKey(error));
      },
    });
  }

  protected isMember(user: UserSummary): boolean {
    return this.memberIds().has(user.id);
  }

  protected onSearch(event: Event): void {
    this.search.set((event.target as HTMLInputElement).value);
  }

  protected add(user: UserSummary): void {
    if (this.isMember(user)) return;
    this.members.update((list) => [
      ...list,
      { id: user.id, displayName: user.displayName, email: user.email },
    ]);
    this.announcement.set(
      this.i18n.t('members.added', { name: user.displayName }),
    );
  }

  protected remove(member: Member): void {
    this.members.update((list) => list.filter((m) => m.id !== member.id));
    this.announcement.set(
      this.i18n.t('members.removed', { name: member.displayName }),
    );
  }

  protected save(): void {
    this.saving.set(true);
    this.errorKey.set(null);
    this.teamsApi
      .setMembers(
        this.data.teamId,
        this.members().map((m) => m.id),
      )
      .subscribe({
        next: () => this.dialogRef.close(true),
        error: (error: unknown) => {
          this.saving.set(false);
          this.errorKey.set(errorMessageKey(error));
        },
      });
  }
}
