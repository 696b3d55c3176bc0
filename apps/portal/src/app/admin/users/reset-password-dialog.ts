import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ErrorCode, UserSummary } from '@pathwise/contracts';
import {
  PASSWORD_MIN_LENGTH,
  generateTemporaryPassword,
  passwordPolicy,
} from '../../auth/password/password-policy';
import { I18nService, MessageKey } from '../../i18n/i18n.service';
import { TranslatePipe } from '../../i18n/t.pipe';
import {
  apiErrorCode,
  applyFieldErrors,
  errorMessageKey,
} from '../../shared/api-error';
import { UsersApi } from '../../users/users-api';

export interface ResetPasswordDialogData {
  user: UserSummary;
}

/** Sets a temporary password; the user must replace it at their next sign-in. */
@Component({
  selector: 'app-reset-password-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px 12px;
    }
    mat-form-field {
      flex: 1 1 220px;
    }
    .row button {
      margin-top: 10px;
    }
    .form-message {
      color: var(--mat-sys-error);
    }
  `,
  template: `
    <h2 mat-dialog-title>
      {{ 'users.reset.title' | t: { name: data.user.displayName } }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <p>{{ 'users.reset.explain' | t }}</p>
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'users.reset.newPassword' | t }}</mat-label>
            <input
              matInput
              type="text"
              formControlName="newPassword"
              autocomplete="new-password"
              spellcheck="false"
              required
            />
            <mat-hint>{{
              'users.field.passwordHint' | t: { min: minLength }
            }}</mat-hint>
            @if (form.controls.newPassword.hasError('required')) {
              <mat-error>{{ 'validation.required' | t }}</mat-error>
            } @else if (form.controls.newPassword.hasError('passwordPolicy')) {
              <mat-error>{{
                'password.policy' | t: { min: minLength }
              }}</mat-error>
            } @else if (form.controls.newPassword.hasError('weak')) {
              <mat-error>{{ 'error.WEAK_PASSWORD' | t }}</mat-error>
            } @else if (form.controls.newPassword.hasError('server')) {
              <mat-error>{{
                form.controls.newPassword.getError('server')
              }}</mat-error>
            }
          </mat-form-field>
          <button mat-stroked-button type="button" (click)="generate()">
            {{ 'users.generatePassword' | t }}
          </button>
        </div>
        <div class="form-message" role="alert">
          @if (errorKey(); as key) {
            {{ key | t }}
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>
          {{ 'common.cancel' | t }}
        </button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ 'users.reset.submit' | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class ResetPasswordDialog {
  private readonly api = inject(UsersApi);
  private readonly dialogRef = inject(
    MatDialogRef<ResetPasswordDialog, boolean>,
  );
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  protected readonly data = inject<ResetPasswordDialogData>(MAT_DIALOG_DATA);
  protected readonly minLength = PASSWORD_MIN_LENGTH;

  protected readonly form = inject(NonNullableFormBuilder).group({
    newPassword: [
      generateTemporaryPassword(),
      [Validators.required, passwordPolicy],
    ],
  });
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<MessageKey | null>(null);

  protected generate(): void {
    this.form.controls.newPassword.setValue(generateTemporaryPassword());
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.errorKey.set(null);
    this.api
      .resetPassword(this.data.user.id, this.form.getRawValue().newPassword)
      .subscribe({
        next: () => {
          this.snackBar.open(
            this.i18n.t('users.reset.done', {
              name: this.data.user.displayName,
            }),
            undefined,
            {
              duration: 5000,
            },
          );
          this.dialogRef.close(true);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          if (apiErrorCode(error) === ErrorCode.WeakPassword) {
            this.form.controls.newPassword.setErrors({ weak: true });
            return;
          }
          applyFieldErrors(this.form, error);
          this.errorKey.set(errorMessageKey(error));
        },
      });
  }
}
