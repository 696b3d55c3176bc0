import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  signal,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { MessageKey } from '../../i18n/i18n.service';
import { LanguageToggle } from '../../i18n/language-toggle';
import { TranslatePipe } from '../../i18n/t.pipe';
import { errorMessageKey } from '../../shared/api-error';
import { AuthService } from '../auth.service';
import { landingRoute } from '../landing';

@Component({
  selector: 'app-login-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    LanguageToggle,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** Bound from the query string by the router. */
  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly errorKey = signal<MessageKey | null>(null);

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.errorKey.set(null);
    this.auth.login(this.form.getRawValue()).subscribe({
      next: (user) => {
        const target = user.mustChangePassword
          ? '/change-password'
          : (this.safeReturnUrl() ?? landingRoute(user.roles));
        void this.router.navigateByUrl(target);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.errorKey.set(errorMessageKey(error));
      },
    });
  }

  /** Only same-app paths: never redirect off-site from a crafted link. */
  private safeReturnUrl(): string | null {
    const url = this.returnUrl();
    return url &&
      url.startsWith('/') &&
      !url.startsWith('//') &&
      !url.startsWith('/login')
      ? url
      : null;
  }
}
