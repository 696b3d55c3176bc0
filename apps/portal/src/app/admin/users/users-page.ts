import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import {
  MatPaginatorIntl,
  MatPaginatorModule,
  PageEvent,
} from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { ALL_ROLES, Role, UserSummary } from '@pathwise/contracts';
import { debounceTime, distinctUntilChanged, filter, switchMap } from 'rxjs';
import { I18nService, MessageKey } from '../../i18n/i18n.service';
import { TranslatePipe } from '../../i18n/t.pipe';
import { errorMessageKey } from '../../shared/api-error';
import { confirm } from '../../shared/confirm-dialog';
import { Icon } from '../../shared/icon';
import { loadOnChange } from '../../shared/load-state';
import { LocalDatePipe } from '../../shared/local-date.pipe';
import { TranslatedPaginatorIntl } from '../../shared/translated-paginator-intl';
import { ROLE_LABEL_KEYS } from '../../users/role-labels';
import { UsersApi } from '../../users/users-api';
import { ResetPasswordDialog } from './reset-password-dialog';
import { UserDialog, UserDialogData } from './user-dialog';

type ActiveFilter = 'all' | 'active' | 'inactive';

@Component({
  selector: 'app-users-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatMenuModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    Icon,
    LocalDatePipe,
    TranslatePipe,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users-page.html',
  styleUrl: './users-page.scss',
})
export class UsersPage {
  private readonly api = inject(UsersApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  protected readonly roles = ALL_ROLES;
  protected readonly roleLabelKeys = ROLE_LABEL_KEYS;
  /** Rows keep their DOM (and an open row menu) when a reload returns the same records. */
  protected readonly trackById = (_: number, row: { id: string | number }) =>
    row.id;
  protected readonly columns = [
    'displayName',
    'email',
    'roles',
    'teams',
    'status',
    'lastLogin',
    'actions',
  ];
  protected readonly pageSizeOptions = [10, 20, 50, 100];

  protected readonly search = signal('');
  private readonly debouncedSearch = toSignal(
    toObservable(this.search).pipe(debounceTime(300), distinctUntilChanged()),
    { initialValue: '' },
  );
  protected readonly role = signal<Role | ''>('');
  protected readonly active = signal<ActiveFilter>('all');
  protected readonly pageSize = signal(20);
  /** Back to the first page whenever a filter changes. */
  protected readonly pageIndex = linkedSignal({
    source: () => [
      this.debouncedSearch(),
      this.role(),
      this.active(),
      this.pageSize(),
    ],
    computation: () => 0,
  });
  private readonly reloadTick = signal(0);

  private readonly request = computed(() => ({
    query: {
      search: this.debouncedSearch().trim() || undefined,
      role: this.role() || undefined,
      active: this.active() === 'all' ? undefined : this.active() === 'active',
      page: this.pageIndex() + 1,
      pageSize: this.pageSize(),
    },
    tick: this.reloadTick(),
  }));

  protected readonly state = loadOnChange(this.request, ({ query }) =>
    this.api.list(query),
  );
  protected readonly rows = computed(() => this.state().value?.items ?? []);
  protected readonly total = computed(() => this.state().value?.total ?? 0);
  protected readonly errorKey = computed(() => {
    const state = this.state();
    return state.status === 'error' ? errorMessageKey(state.error) : null;
  });

  protected roleKey(role: Role): MessageKey {
    return ROLE_LABEL_KEYS[role];
  }

  protected onSearch(event: Event): void {
    this.search.set((event.target as HTMLInputElement).value);
  }

  protected onPage(event: PageEvent): void {
    if (event.pageSize !== this.pageSize()) {
      this.pageSize.set(event.pageSize);
    } else {
      this.pageIndex.set(event.pageIndex);
    }
  }

  protected create(): void {
    this.openEditor({});
  }

  protected edit(user: UserSummary): void {
    this.openEditor({ user });
  }

  protected resetPassword(user: UserSummary): void {
    this.dialog.open(ResetPasswordDialog, {
      data: { user },
      width: '480px',
      maxWidth: '95vw',
    });
  }

  protected deactivate(user: UserSummary): void {
    confirm(this.dialog, {
      title: 'users.deactivate.title',
      message: 'users.deactivate.message',
      confirm: 'users.deactivate.confirm',
      params: { name: user.displayName },
      destructive: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.api.deactivate(user.id)),
      )
      .subscribe({
        next: () => this.done('users.deactivate.done', user),
        error: (error: unknown) => this.failed(error),
      });
  }

  protected reactivate(user: UserSummary): void {
    confirm(this.dialog, {
      title: 'users.reactivate.title',
      message: 'users.reactivate.message',
      confirm: 'users.reactivate.confirm',
      params: { name: user.displayName },
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.api.reactivate(user.id)),
      )
      .subscribe({
        next: () => this.done('users.reactivate.done', user),
        error: (error: unknown) => this.failed(error),
      });
  }

  private openEditor(data: UserDialogData): void {
    this.dialog
      .open<UserDialog, UserDialogData, UserSummary>(UserDialog, {
        data,
        width: '640px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .pipe(filter((saved): saved is UserSummary => !!saved))
      .subscribe((saved) =>
        this.done(data.user ? 'users.saved' : 'users.created', saved),
      );
  }

  private done(
    key:
      | 'users.saved'
      | 'users.created'
      | 'users.deactivate.done'
      | 'users.reactivate.done',
    user: UserSummary,
  ): void {
    this.snackBar.open(
      this.i18n.t(key, { name: user.displayName }),
      undefined,
      { duration: 4000 },
    );
    this.reloadTick.update((n) => n + 1);
  }

  private failed(error: unknown): void {
    this.snackBar.open(
      this.i18n.t(errorMessageKey(error)),
      this.i18n.t('common.dismiss'),
      {
        duration: 6000,
      },
    );
  }
}
