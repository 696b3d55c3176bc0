import { inject } from '@angular/core';
import {
  CanMatchFn,
  Route,
  Router,
  UrlSegment,
  UrlTree,
} from '@angular/router';
import { Role } from '@pathwise/contracts';
import { AuthService } from './auth.service';
import { landingRoute } from './landing';

function attemptedUrl(segments: UrlSegment[]): string {
  return '/' + segments.map((segment) => segment.path).join('/');
}

/** Signed in, and not held at the forced password change. */
export const authGuard: CanMatchFn = (
  _route: Route,
  segments: UrlSegment[],
): boolean | UrlTree => {
  const auth = inject(AuthService);
  const router = inject(Router);
  if (!auth.isAuthenticated()) {
    const returnUrl = attemptedUrl(segments);
    return router.createUrlTree(['/login'], {
      queryParams: returnUrl === '/' ? {} : { returnUrl },
    });
  }
  if (auth.mustChangePassword())
    return router.createUrlTree(['/change-password']);
  return true;
};

/** Signed in, whether or not the password must be changed (for the change-password page). */
export const sessionGuard: CanMatchFn = (): boolean | UrlTree => {
  const auth = inject(AuthService);
  return auth.isAuthenticated() || inject(Router).createUrlTree(['/login']);
};

/** Only people who are not signed in (the login page). */
export const guestGuard: CanMatchFn = (): boolean | UrlTree => {
  const auth = inject(AuthService);
  return (
    !auth.isAuthenticated() ||
    inject(Router).createUrlTree([landingRoute(auth.roles())])
  );
};

/** One area per role; anyone else is sent to their own home. */
export function roleGuard(role: Role): CanMatchFn {
  return (): boolean | UrlTree => {
    const auth = inject(AuthService);
    return (
      auth.hasRole(role) ||
      inject(Router).createUrlTree([landingRoute(auth.roles())])
    );
  };
}
