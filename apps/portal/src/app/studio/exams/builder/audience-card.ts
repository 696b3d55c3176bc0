import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import {
  ExamAudience,
  Role,
  TeamSummary,
  UserSummary,
} from '@pathwise/contracts';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  forkJoin,
  map,
  of,
  switchMap,
} from 'rxjs';
import { I18nService } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { Icon } from '../../../shared/icon';
import { TeamsApi } from '../../../teams/teams-api';
import { UsersApi } from '../../../users/users-api';
import { AUDIENCE_ANCHOR } from './publish-checklist';

interface Person {
  id: string;
  displayName: string;
  email: string;
}

/** Who may take the exam: everyone, or chosen teams and people. */
@Component({
  selector: 'app-exam-audience-card',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    Icon,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audience-card.html',
  styleUrls: ['./builder-form.scss', './audience-card.scss'],
})
export class ExamAudienceCard {
  private readonly teamsApi = inject(TeamsApi);
  private readonly usersApi = inject(UsersApi);
  private readonly i18n = inject(I18nService);

  readonly audience = input.required<ExamAudience>();
  readonly audienceChange = output<ExamAudience>();

  protected readonly anchor = AUDIENCE_ANCHOR;
  protected readonly teams = toSignal(
    this.teamsApi.list().pipe(catchError(() => of<TeamSummary[]>([]))),
    { initialValue: null },
  );
  /** Names of the people on the list, from the search results or looked up once. */
  private readonly known = signal<ReadonlyMap<string, Person>>(new Map());
  private readonly requested = new Set<string>();
  protected readonly people = computed(() =>
    this.audience().userIds.map(
      (id) => this.known().get(id) ?? { id, displayName: '…', email: '' },
    ),
  );
  protected readonly announcement = signal('');

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
              .list({
                search: term,
                role: Role.Agent,
                active: true,
                pageSize: 10,
              })
              .pipe(
                map((page) => page.items),
                catchError(() => of<UserSummary[]>([])),
              ),
      ),
    ),
    { initialValue: null },
  );

  constructor() {
    effect(() => {
      const missing = this.audience().userIds.filter(
        (id) => !this.requested.has(id),
      );
      if (missing.length === 0) return;
      missing.forEach((id) => this.requested.add(id));
      untracked(() =>
        forkJoin(
          missing.map((id) =>
            this.usersApi.get(id).pipe(catchError(() => of(null))),
          ),
        ).subscribe((users) =>
          this.remember(users.filter((u): u is UserSummary => u !== null)),
        ),
      );
    });
  }

  protected setEveryone(everyone: boolean): void {
    this.audienceChange.emit({ ...this.audience(), everyone });
  }

  protected toggleTeam(teamId: string, checked: boolean): void {
    const teamIds = this.audience().teamIds.filter((id) => id !== teamId);
    this.audienceChange.emit({
      ...this.audience(),
      teamIds: checked ? [...teamIds, teamId] : teamIds,
    });
  }

  protected onSearch(event: Event): void {
    this.search.set((event.target as HTMLInputElement).value);
  }

  protected isChosen(user: UserSummary): boolean {
    return this.audience().userIds.includes(user.id);
  }

  protected addPerson(user: UserSummary): void {
    if (this.isChosen(user)) return;
    this.remember([user]);
    this.audienceChange.emit({
      ...this.audience(),
      userIds: [...this.audience().userIds, user.id],
    });
    this.announcement.set(
      this.i18n.t('exams.builder.audience.added', { name: user.displayName }),
    );
  }

  protected removePerson(person: Person): void {
    this.audienceChange.emit({
      ...this.audience(),
      userIds: this.audience().userIds.filter((id) => id !== person.id),
    });
    this.announcement.set(
      this.i18n.t('exams.builder.audience.removed', {
        name: person.displayName,
      }),
    );
  }

  private remember(users: readonly UserSummary[]): void {
    this.known.update((known) => {
      const next = new Map(known);
      for (const { id, displayName, email } of users)
        next.set(id, { id, displayName, email });
      return next;
    });
  }
}
