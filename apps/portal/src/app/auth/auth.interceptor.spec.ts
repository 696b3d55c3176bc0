import {
  HttpClient,
  HttpErrorResponse,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import {
  ApiErrorBody,
  ErrorCode,
  Role,
  SessionResponse,
} from '@pathwise/contracts';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';

function session(token: string): SessionResponse {
  return {
    accessToken: token,
    expiresIn: 900,
    user: {
      id: 'u1',
      email: 'agent01@pathwise.local',
      displayName: 'Agent One',
      roles: [Role.Agent],
      locale: 'en',
      mustChangePassword: false,
      teamIds: [],
      supervisedTeamIds: [],
    },
  };
}

function apiError(
  status: number,
  code: ErrorCode,
): { body: ApiErrorBody; opts: { status: number; statusText: string } } {
  return {
    body: { statusCode: status, code, message: code },
    opts: { status, statusText: 'Error' },
  };
}

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let auth: AuthService;
  let router: Router;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthService);
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);

    auth.login({ email: 'agent01@pathwise.local', password: 'x' }).subscribe();
    backend.expectOne('/api/auth/login').flush(session('token-1'));
  });

  afterEach(() => {
    backend.verify();
    TestBed.resetTestingModule();
  });

  it('adds the bearer token to API calls', () => {
    http.get('/api/users').subscribe();
    const req = backend.expectOne('/api/users');
    expect(req.request.headers.get('Authorization')).toBe('Bearer token-1');
    req.flush({});
  });

  it('leaves requests outside the API untouched', () => {
    http.get('/assets/logo.svg').subscribe();
    const req = backend.expectOne('/assets/logo.svg');
    expect(req.request.headers.has('Authorization')).toBe(false);
    req.flush('');
  });

  it('refreshes once on an expired token and retries with the new one', () => {
    const received: unknown[] = [];
    http.get('/api/users').subscribe((body) => received.push(body));

    const { body, opts } = apiError(401, ErrorCode.TokenExpired);
    backend.expectOne('/api/users').flush(body, opts);

    const refresh = backend.expectOne('/api/auth/refresh');
    expect(refresh.request.method).toBe('POST');
    expect(refresh.request.headers.has('Authorization')).toBe(false);
    refresh.flush(session('token-2'));

    const retry = backend.expectOne('/api/users');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer token-2');
    retry.flush({ items: [] });

    expect(received).toEqual([{ items: [] }]);
    expect(auth.accessToken()).toBe('token-2');
  });

  it('shares one refresh between requests that fail at the same time', () => {
    const received: string[] = [];
    for (const url of ['/api/users', '/api/teams', '/api/audit-log']) {
      http.get<string>(url).subscribe((body) => received.push(body));
    }
    const { body, opts } = apiError(401, ErrorCode.Unauthenticated);
    for (const url of ['/api/users', '/api/teams', '/api/audit-log']) {
      backend.expectOne(url).flush(body, opts);
    }

    // One refresh only: a second one would present a refresh token the first already rotated.
    backend.expectOne('/api/auth/refresh').flush(session('token-2'));

    for (const url of ['/api/users', '/api/teams', '/api/audit-log']) {
      const retry = backend.expectOne(url);
      expect(retry.request.headers.get('Authorization')).toBe('Bearer token-2');
      retry.flush(url);
    }
    expect(received.sort()).toEqual([
      '/api/audit-log',
      '/api/teams',
      '/api/users',
    ]);
  });

  it('retries without refreshing again when another request already refreshed', () => {
    http.get('/api/users').subscribe();
    http.get('/api/teams').subscribe();
    const { body, opts } = apiError(401, ErrorCode.TokenExpired);

    backend.expectOne('/api/users').flush(body, opts);
    backend.expectOne('/api/auth/refresh').flush(session('token-2'));
    backend.expectOne('/api/users').flush({});

    // This one was sent with the old token and fails after the refresh completed.
    backend.expectOne('/api/teams').flush(body, opts);
    backend.expectNone('/api/auth/refresh');
    const retry = backend.expectOne('/api/teams');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer token-2');
    retry.flush({});
  });

  it('ends the session and goes to the login page when the refresh fails', () => {
    let failure: unknown;
    http.get('/api/users').subscribe({ error: (e: unknown) => (failure = e) });

    const { body, opts } = apiError(401, ErrorCode.TokenExpired);
    backend.expectOne('/api/users').flush(body, opts);
    const refreshError = apiError(401, ErrorCode.RefreshTokenInvalid);
    backend
      .expectOne('/api/auth/refresh')
      .flush(refreshError.body, refreshError.opts);

    expect(auth.isAuthenticated()).toBe(false);
    expect(auth.accessToken()).toBeNull();
    expect(router.navigate).toHaveBeenCalledWith(['/login'], expect.anything());
    expect(failure).toBeInstanceOf(HttpErrorResponse);
    expect((failure as HttpErrorResponse).status).toBe(401);
  });

  it('does not refresh for other failures', () => {
    let failure: HttpErrorResponse | undefined;
    http
      .get('/api/users')
      .subscribe({ error: (e: HttpErrorResponse) => (failure = e) });
    const { body, opts } = apiError(403, ErrorCode.Forbidden);
    backend.expectOne('/api/users').flush(body, opts);
    backend.expectNone('/api/auth/refresh');
    expect(failure?.status).toBe(403);
    expect(auth.isAuthenticated()).toBe(true);
  });

  it('does not loop when the retried request is rejected again', () => {
    let failure: HttpErrorResponse | undefined;
    http
      .get('/api/users')
      .subscribe({ error: (e: HttpErrorResponse) => (failure = e) });
    const { body, opts } = apiError(401, ErrorCode.TokenExpired);
    backend.expectOne('/api/users').flush(body, opts);
    backend.expectOne('/api/auth/refresh').flush(session('token-2'));
    backend.expectOne('/api/users').flush(body, opts);
    backend.expectNone('/api/auth/refresh');
    expect(failure?.status).toBe(401);
  });

  it('never sends the token or refreshes for the sign-in call itself', () => {
    let failure: HttpErrorResponse | undefined;
    auth
      .login({ email: 'a@b.c', password: 'bad' })
      .subscribe({ error: (e: HttpErrorResponse) => (failure = e) });
    const req = backend.expectOne('/api/auth/login');
    expect(req.request.headers.has('Authorization')).toBe(false);
    const { body, opts } = apiError(401, ErrorCode.InvalidCredentials);
    req.flush(body, opts);
    backend.expectNone('/api/auth/refresh');
    expect(failure?.status).toBe(401);
  });
});
