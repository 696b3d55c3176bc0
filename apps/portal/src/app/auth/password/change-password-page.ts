import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  signal,
} from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { ErrorCode } from '@pathwise/contracts';
import { I18nService, MessageKey } from '../../i18n/i18n.service';
import { LanguageToggle } from '../../i18n/language-toggle';
import { TranslatePipe } from '../../i18n/t.pipe';
import {
  apiErrorCode,
  applyFieldErrors,
  errorMessageKey,
} from '../../shared/api-error';
import { AuthService } from '../auth.service';
import { landingRoute } from '../landing';
import { PASSWORD_MIN_LENGTH, passwordPolicy } from './password-policy';

function sameAsNew(control: AbstractControl<string>): ValidationErrors | null {
  const parent = control.parent;
  if (!parent) return null;
  return control.value === parent.get('newPassword')?.value
    ? null
    : { mismatch: true };
}

/**
 * Both the forced change after an admin reset (outside the shell, `forced`) and the voluntary
 * one from the user menu.
 */
@Component({
  selector: 'app-change-password-page',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    LanguageToggle,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './change-password-page.html',
  styleUrl: './change-password-page.scss',
})
export class ChangePasswordPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  /** From the route's data. */
  readonly forced = input(false);

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', [Validators.required, passwordPolicy]],
    confirmPassword: ['', [Validators.required, sameAsNew]],
  });
  protected readonly submitting = signal(false);
  protected readonly errorKey = signal<MessageKey | null>(null);

  constructor() {
    this.form.controls.newPassword.valueChanges.subscribe(() =>
      this.form.controls.confirmPassword.updateValueAndValidity(),
    );
  }

  protected saveLocale(): void {
    this.auth.saveLocale(this.i18n.locale());
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.submitting.set(true);
    this.errorKey.set(null);
    this.auth.changePassword({ currentPassword, newPassword }).subscribe({
      next: (user) => {
        this.snackBar.open(this.i18n.t('password.changed'), undefined, {
          duration: 4000,
        });
        void this.router.navigateByUrl(landingRoute(user.roles));
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        const code = apiErrorCode(error);
        if (code === ErrorCode.WrongPassword) {
          this.form.controls.currentPassword.setErrors({ wrong: true });
        } else if (code === ErrorCode.WeakPassword) {
          this.form.controls.newPassword.setErrors({ weak: true });
        } else {
          applyFieldErrors(this.form, error);
          this.errorKey.set(errorMessageKey(error));
        }
      },
    });
  }

  protected logout(): void {
    this.auth.logout().subscribe();
  }
}
