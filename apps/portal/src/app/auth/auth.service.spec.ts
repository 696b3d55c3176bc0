import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import {
  CurrentUser,
  Locale,
  Role,
  SessionResponse,
} from '@pathwise/contracts';
import { I18nService } from '../i18n/i18n.service';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';

function session(locale: Locale, id = 'u1'): SessionResponse {
  const user: CurrentUser = {
    id,
    email: `${id}@pathwise.local`,
    displayName: id,
    roles: [Role.Agent],
    locale,
    mustChangePassword: false,
    teamIds: [],
    supervisedTeamIds: [],
  };
  return { accessToken: `token-${id}`, expiresIn: 900, user };
}

describe('AuthService', () => {
  let backend: HttpTestingController;
  let auth: AuthService;
  let i18n: I18nService;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthService);
    i18n = TestBed.inject(I18nService);
    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  });

  afterEach(() => {
    backend.verify();
    TestBed.resetTestingModule();
    jest.restoreAllMocks();
  });

  function signIn(response: SessionResponse): void {
    auth.login({ email: response.user.email, password: 'x' }).subscribe();
    backend.expectOne('/api/auth/login').flush(response);
  }

  it('restores a previous session at start, and starts signed out without one', async () => {
    const restored = auth.restoreSession();
    backend.expectOne('/api/auth/refresh').flush(session('en'));
    await restored;
    expect(auth.isAuthenticated()).toBe(true);
    expect(auth.accessToken()).toBe('token-u1');

    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const fresh = TestBed.inject(AuthService);
    const none = fresh.restoreSession();
    backend
      .expectOne('/api/auth/refresh')
      .flush(
        { statusCode: 401, code: 'REFRESH_TOKEN_INVALID', message: '' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await expect(none).resolves.toBeUndefined();
    expect(fresh.isAuthenticated()).toBe(false);
  });

  it('adopts the account language at sign-in', () => {
    signIn(session('zh-CN'));
    expect(i18n.locale()).toBe('zh-CN');
  });

  it('keeps a language picked on the login page and saves it to the account', () => {
    i18n.choose('zh-CN');
    signIn(session('en'));
    expect(i18n.locale()).toBe('zh-CN');
    const patch = backend.expectOne('/api/auth/me');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ locale: 'zh-CN' });
    expect(patch.request.headers.get('Authorization')).toBe('Bearer token-u1');
    patch.flush({ ...session('zh-CN').user });
    expect(auth.user()?.locale).toBe('zh-CN');
  });

  it('never carries one person’s choice to the next account on a shared workstation', () => {
    signIn(session('en', 'first'));
    i18n.choose('zh-CN');
    auth.saveLocale('zh-CN');
    backend.expectOne('/api/auth/me').flush(session('zh-CN', 'first').user);

    auth.logout().subscribe();
    backend
      .expectOne('/api/auth/logout')
      .flush(null, { status: 204, statusText: 'No Content' });
    expect(auth.isAuthenticated()).toBe(false);

    signIn(session('en', 'second'));
    backend.expectNone('/api/auth/me');
    expect(i18n.locale()).toBe('en');
  });
});
