import {
  HttpClient,
  HttpContext,
  HttpContextToken,
} from '@angular/common/http';
import { Injectable, OnDestroy, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import {
  ChangePasswordRequest,
  CurrentUser,
  Locale,
  LoginRequest,
  Role,
  SessionResponse,
  UpdateProfileRequest,
} from '@pathwise/contracts';
import {
  Observable,
  catchError,
  finalize,
  firstValueFrom,
  map,
  of,
  shareReplay,
  tap,
} from 'rxjs';
import { I18nService } from '../i18n/i18n.service';

/** Requests marked with this are sent without a bearer token and never trigger a refresh. */
export const SKIP_AUTH = new HttpContextToken<boolean>(() => false);

const REFRESH_LEAD_SECONDS = 60;
const MIN_REFRESH_DELAY_MS = 1_000;

/**
 * The signed-in session. The access token lives only in memory; the refresh token is an httpOnly
 * cookie the portal never sees, so a reload restores the session through `/api/auth/refresh`.
 */
@Injectable({ providedIn: 'root' })
export class AuthService implements OnDestroy {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);

  private readonly token = signal<string | null>(null);
  private readonly currentUser = signal<CurrentUser | null>(null);

  readonly accessToken = this.token.asReadonly();
  readonly user = this.currentUser.asReadonly();
  readonly isAuthenticated = computed(
    () => this.token() !== null && this.currentUser() !== null,
  );
  readonly roles = computed<readonly Role[]>(
    () => this.currentUser()?.roles ?? [],
  );
  readonly mustChangePassword = computed(
    () => this.currentUser()?.mustChangePassword ?? false,
  );

  private refreshInFlight: Observable<SessionResponse> | null = null;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  hasRole(role: Role): boolean {
    return this.roles().includes(role);
  }

  login(request: LoginRequest): Observable<CurrentUser> {
    return this.http
      .post<SessionResponse>('/api/auth/login', request, {
        context: skipAuth(),
      })
      .pipe(
        tap((session) => this.startSession(session)),
        map((session) => session.user),
      );
  }

  /**
   * Exchanges the refresh cookie for a new access token. Concurrent callers share one request:
   * the API rotates the refresh token, so a second parallel refresh would present a spent one.
   */
  refreshSession(): Observable<SessionResponse> {
    if (!this.refreshInFlight) {
      this.refreshInFlight = this.http
        .post<SessionResponse>('/api/auth/refresh', null, {
          context: skipAuth(),
        })
        .pipe(
          tap((session) => this.startSession(session)),
          finalize(() => (this.refreshInFlight = null)),
          shareReplay({ bufferSize: 1, refCount: false }),
        );
    }
    return this.refreshInFlight;
  }

  /** For app start: a silent attempt to pick up the session of a previous visit. */
  restoreSession(): Promise<void> {
    return firstValueFrom(
      this.refreshSession().pipe(
        map(() => undefined),
        catchError(() => of(undefined)),
      ),
    );
  }

  logout(): Observable<void> {
    return this.http
      .post<void>('/api/auth/logout', null, { context: skipAuth() })
      .pipe(
        catchError(() => of(undefined)),
        finalize(() => {
          this.endSession();
          void this.router.navigate(['/login']);
        }),
      );
  }

  /** The refresh failed: the session is gone, ask the person to sign in again. */
  sessionExpired(): void {
    if (!this.token() && !this.currentUser()) return;
    const returnUrl = this.router.url;
    this.endSession();
    void this.router.navigate(['/login'], {
      queryParams:
        returnUrl && returnUrl !== '/' && !returnUrl.startsWith('/login')
          ? { returnUrl }
          : {},
    });
  }

  /** The API ends every other session and returns a renewed one for this device. */
  changePassword(request: ChangePasswordRequest): Observable<CurrentUser> {
    return this.http
      .post<SessionResponse>('/api/auth/change-password', request)
      .pipe(
        tap((session) => this.startSession(session)),
        map((session) => session.user),
      );
  }

  reloadUser(): Observable<CurrentUser> {
    return this.http
      .get<CurrentUser>('/api/auth/me')
      .pipe(tap((user) => this.currentUser.set(user)));
  }

  updateProfile(request: UpdateProfileRequest): Observable<CurrentUser> {
    return this.http
      .patch<CurrentUser>('/api/auth/me', request)
      .pipe(tap((user) => this.currentUser.set(user)));
  }

  /** Saves a language picked in the UI to the account, when someone is signed in. */
  saveLocale(locale: Locale): void {
    if (!this.isAuthenticated() || this.currentUser()?.locale === locale)
      return;
    this.updateProfile({ locale }).subscribe({ error: () => undefined });
  }

  ngOnDestroy(): void {
    clearTimeout(this.refreshTimer);
  }

  private startSession(session: SessionResponse): void {
    const firstStart = this.currentUser()?.id !== session.user.id;
    this.token.set(session.accessToken);
    this.currentUser.set(session.user);
    if (firstStart) this.syncLocale(session.user);
    this.scheduleRefresh(session.expiresIn);
  }

  /** A language picked on the login page wins and is saved; otherwise the account's applies. */
  private syncLocale(user: CurrentUser): void {
    if (this.i18n.takePendingChoice()) {
      this.saveLocale(this.i18n.locale());
    } else {
      this.i18n.applyAccountLocale(user.locale);
    }
  }

  private endSession(): void {
    this.i18n.takePendingChoice();
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.token.set(null);
    this.currentUser.set(null);
  }

  /** Refreshes shortly (up to a minute) before expiry so active users never see a failed request. */
  private scheduleRefresh(expiresInSeconds: number): void {
    clearTimeout(this.refreshTimer);
    const lead = Math.min(REFRESH_LEAD_SECONDS, expiresInSeconds * 0.2);
    const delay = Math.max(
      MIN_REFRESH_DELAY_MS,
      (expiresInSeconds - lead) * 1000,
    );
    this.refreshTimer = setTimeout(() => {
      this.refreshSession().subscribe({ error: () => this.sessionExpired() });
    }, delay);
  }
}

function skipAuth(): HttpContext {
  return new HttpContext().set(SKIP_AUTH, true);
}
