import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  ALL_ROLES,
  CreateUserRequest,
  ErrorCode,
  Locale,
  Role,
  SUPPORTED_LOCALES,
  TeamSummary,
  UpdateUserRequest,
  UserSummary,
} from '@pathwise/contracts';
import { catchError, of } from 'rxjs';
import {
  PASSWORD_MIN_LENGTH,
  generateTemporaryPassword,
  passwordPolicy,
} from '../../auth/password/password-policy';
import { I18nService, MessageKey } from '../../i18n/i18n.service';
import { LOCALE_NAME_KEYS } from '../../i18n/language-toggle';
import { TranslatePipe } from '../../i18n/t.pipe';
import {
  apiErrorCode,
  applyFieldErrors,
  errorMessageKey,
} from '../../shared/api-error';
import { ROLE_LABEL_KEYS } from '../../users/role-labels';
import { UsersApi } from '../../users/users-api';
import { TeamsApi } from '../../teams/teams-api';

export interface UserDialogData {
  /** Absent when creating. */
  user?: UserSummary;
}

function atLeastOne(control: AbstractControl<Role[]>): ValidationErrors | null {
  return control.value.length > 0 ? null : { required: true };
}

@Component({
  selector: 'app-user-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-dialog.html',
  styleUrl: './user-dialog.scss',
})
export class UserDialog {
  private readonly api = inject(UsersApi);
  private readonly dialogRef =
    inject<MatDialogRef<UserDialog, UserSummary>>(MatDialogRef);
  private readonly i18n = inject(I18nService);
  protected readonly data = inject<UserDialogData>(MAT_DIALOG_DATA);
  protected readonly editing = !!this.data.user;

  protected readonly allRoles = ALL_ROLES;
  protected readonly roleLabelKeys = ROLE_LABEL_KEYS;
  protected readonly locales = SUPPORTED_LOCALES;
  protected readonly localeNameKeys = LOCALE_NAME_KEYS;
  protected readonly minLength = PASSWORD_MIN_LENGTH;

  protected readonly teams = toSignal(
    inject(TeamsApi)
      .list()
      .pipe(catchError(() => of<TeamSummary[]>([]))),
    { initialValue: [] as TeamSummary[] },
  );

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    email: [
      this.data.user?.email ?? '',
      [Validators.required, Validators.email],
    ],
    displayName: [
      this.data.user?.displayName ?? '',
      [Validators.required, Validators.maxLength(120)],
    ],
    roles: this.fb.control<Role[]>(
      this.data.user?.roles ?? [Role.Agent],
      atLeastOne,
    ),
    employeeNo: [this.data.user?.employeeNo ?? ''],
    locale: this.fb.control<Locale>(
      this.data.user?.locale ?? this.i18n.locale(),
    ),
    hiredOn: [this.data.user?.hiredOn?.slice(0, 10) ?? ''],
    teamIds: this.fb.control<string[]>(
      this.data.user?.teams.map((team) => team.id) ?? [],
    ),
    password: new FormControl('', {
      nonNullable: true,
      validators: this.editing ? [] : [Validators.required, passwordPolicy],
    }),
    mustChangePassword: [false],
  });

  protected readonly saving = signal(false);
  protected readonly errorKey = signal<MessageKey | null>(null);
  /** Field errors the API reported for fields this form does not show. */
  protected readonly otherErrors = signal<string[]>([]);

  protected hasRole(role: Role): boolean {
    return this.form.controls.roles.value.includes(role);
  }

  protected toggleRole(role: Role, checked: boolean): void {
    const roles = this.form.controls.roles.value.filter((r) => r !== role);
    this.form.controls.roles.setValue(
      checked
        ? ALL_ROLES.filter((r) => r === role || roles.includes(r))
        : roles,
    );
    this.form.controls.roles.markAsTouched();
  }

  protected generatePassword(): void {
    this.form.controls.password.setValue(generateTemporaryPassword());
    this.form.controls.password.markAsTouched();
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.errorKey.set(null);
    this.otherErrors.set([]);
    const user = this.data.user;
    const request$ = user
      ? this.api.update(user.id, this.updateRequest())
      : this.api.create(this.createRequest());
    request$.subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => this.showError(error),
    });
  }

  private createRequest(): CreateUserRequest {
    const v = this.form.getRawValue();
    return {
      email: v.email.trim(),
      displayName: v.displayName.trim(),
      roles: v.roles,
      password: v.password,
      mustChangePassword: v.mustChangePassword,
      locale: v.locale,
      teamIds: v.teamIds,
      ...(v.employeeNo.trim() ? { employeeNo: v.employeeNo.trim() } : {}),
      ...(v.hiredOn ? { hiredOn: v.hiredOn } : {}),
    };
  }

  private updateRequest(): UpdateUserRequest {
    const v = this.form.getRawValue();
    return {
      email: v.email.trim(),
      displayName: v.displayName.trim(),
      roles: v.roles,
      locale: v.locale,
      teamIds: v.teamIds,
      employeeNo: v.employeeNo.trim() || null,
      hiredOn: v.hiredOn || null,
    };
  }

  private showError(error: unknown): void {
    this.saving.set(false);
    const code = apiErrorCode(error);
    if (code === ErrorCode.EmailTaken) {
      this.form.controls.email.setErrors({ taken: true });
      this.form.controls.email.markAsTouched();
      return;
    }
    if (code === ErrorCode.WeakPassword) {
      this.form.controls.password.setErrors({ weak: true });
      return;
    }
    const unmatched = applyFieldErrors(this.form, error);
    this.otherErrors.set(unmatched.map((e) => `${e.field}: ${e.message}`));
    this.errorKey.set(errorMessageKey(error));
  }
}
