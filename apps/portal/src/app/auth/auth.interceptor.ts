import {
  HttpErrorResponse,
  HttpInterceptorFn,
  HttpRequest,
} from '@angular/common/http';
import { inject } from '@angular/core';
import { ErrorCode } from '@pathwise/contracts';
import { catchError, map, of, switchMap, throwError } from 'rxjs';
import { apiErrorCode } from '../shared/api-error';
import { AuthService, SKIP_AUTH } from './auth.service';

/**
 * Adds the bearer token to API calls. On a 401 for an expired or missing token it refreshes once
 * (shared by all requests failing at the same time) and retries; if the refresh fails the
 * session ends.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isApiRequest(req) || req.context.get(SKIP_AUTH)) return next(req);

  const auth = inject(AuthService);
  const sentToken = auth.accessToken();

  return next(withToken(req, sentToken)).pipe(
    catchError((error: unknown) => {
      if (!isAccessTokenRejected(error)) return throwError(() => error);

      const current = auth.accessToken();
      // Another request already refreshed while this one was on the wire: just retry.
      const token$ =
        current && current !== sentToken
          ? of(current)
          : auth.refreshSession().pipe(map((session) => session.accessToken));

      return token$.pipe(
        catchError(() => {
          auth.sessionExpired();
          return throwError(() => error);
        }),
        switchMap((token) => next(withToken(req, token))),
      );
    }),
  );
};

function isApiRequest(req: HttpRequest<unknown>): boolean {
  return req.url.startsWith('/api/');
}

function withToken(
  req: HttpRequest<unknown>,
  token: string | null,
): HttpRequest<unknown> {
  return token
    ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } })
    : req;
}

function isAccessTokenRejected(error: unknown): boolean {
  if (!(error instanceof HttpErrorResponse) || error.status !== 401)
    return false;
  const code = apiErrorCode(error);
  return code === ErrorCode.TokenExpired || code === ErrorCode.Unauthenticated;
}
