import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CreateTeamRequest,
  TeamDetail,
  TeamSummary,
  UpdateTeamRequest,
} from '@pathwise/contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class TeamsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<TeamSummary[]> {
    return this.http.get<TeamSummary[]>('/api/teams');
  }

  get(id: string): Observable<TeamDetail> {
    return this.http.get<TeamDetail>(`/api/teams/${encodeURIComponent(id)}`);
  }

  create(request: CreateTeamRequest): Observable<TeamDetail> {
    return this.http.post<TeamDetail>('/api/teams', request);
  }

  update(id: string, request: UpdateTeamRequest): Observable<TeamDetail> {
    return this.http.patch<TeamDetail>(
      `/api/teams/${encodeURIComponent(id)}`,
      request,
    );
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(`/api/teams/${encodeURIComponent(id)}`);
  }

  setMembers(id: string, memberIds: string[]): Observable<TeamDetail> {
    return this.http.put<TeamDetail>(
      `/api/teams/${encodeURIComponent(id)}/members`,
      { memberIds },
    );
  }
}
