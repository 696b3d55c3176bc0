import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CreateUserRequest,
  Page,
  UpdateUserRequest,
  UserImportReport,
  UserListQuery,
  UserSummary,
} from '@pathwise/contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(query: UserListQuery): Observable<Page<UserSummary>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '')
        params = params.set(key, String(value));
    }
    return this.http.get<Page<UserSummary>>('/api/users', { params });
  }

  get(id: string): Observable<UserSummary> {
    return this.http.get<UserSummary>(`/api/users/${encodeURIComponent(id)}`);
  }

  create(request: CreateUserRequest): Observable<UserSummary> {
    return this.http.post<UserSummary>('/api/users', request);
  }

  update(id: string, request: UpdateUserRequest): Observable<UserSummary> {
    return this.http.patch<UserSummary>(
      `/api/users/${encodeURIComponent(id)}`,
      request,
    );
  }

  deactivate(id: string): Observable<UserSummary> {
    return this.http.post<UserSummary>(
      `/api/users/${encodeURIComponent(id)}/deactivate`,
      null,
    );
  }

  reactivate(id: string): Observable<UserSummary> {
    return this.http.post<UserSummary>(
      `/api/users/${encodeURIComponent(id)}/reactivate`,
      null,
    );
  }

  resetPassword(id: string, newPassword: string): Observable<void> {
    return this.http.post<void>(
      `/api/users/${encodeURIComponent(id)}/reset-password`,
      { newPassword },
    );
  }

  /** Sends the CSV as is; the API parses and validates every row. */
  importCsv(csv: string, dryRun: boolean): Observable<UserImportReport> {
    return this.http.post<UserImportReport>('/api/users/import', csv, {
      params: { dryRun: String(dryRun) },
      headers: { 'Content-Type': 'text/csv' },
    });
  }

  importTemplate(): Observable<string> {
    return this.http.get('/api/users/import/template', {
      responseType: 'text',
    });
  }
}
