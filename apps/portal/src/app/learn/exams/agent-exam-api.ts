import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AttemptResultView,
  AttemptView,
  CapabilityDimension,
  MyExam,
  SaveAnswerRequest,
  SaveAnswerResult,
} from '@pathwise/contracts';
import { Observable } from 'rxjs';

const id = encodeURIComponent;

/** Every endpoint the agent's exam screens call; one method per endpoint, no logic. */
@Injectable({ providedIn: 'root' })
export class AgentExamApi {
  private readonly http = inject(HttpClient);

  myExams(): Observable<MyExam[]> {
    return this.http.get<MyExam[]>('/api/me/exams');
  }

  /** One exam open to me (404 when it is not). */
  myExam(examId: string): Observable<MyExam> {
    return this.http.get<MyExam>(`/api/me/exams/${id(examId)}`);
  }

  /** A new attempt, or the one already in progress. */
  start(examId: string): Observable<AttemptView> {
    return this.http.post<AttemptView>(
      `/api/exams/${id(examId)}/attempts`,
      null,
    );
  }

  attempt(attemptId: string): Observable<AttemptView> {
    return this.http.get<AttemptView>(`/api/attempts/${id(attemptId)}`);
  }

  saveAnswer(
    attemptId: string,
    position: number,
    request: SaveAnswerRequest,
  ): Observable<SaveAnswerResult> {
    return this.http.put<SaveAnswerResult>(
      `/api/attempts/${id(attemptId)}/answers/${position}`,
      request,
    );
  }

  /** Idempotent: a second submit returns the same submitted attempt. */
  submit(attemptId: string): Observable<AttemptView> {
    return this.http.post<AttemptView>(
      `/api/attempts/${id(attemptId)}/submit`,
      null,
    );
  }

  result(attemptId: string): Observable<AttemptResultView> {
    return this.http.get<AttemptResultView>(
      `/api/attempts/${id(attemptId)}/result`,
    );
  }

  dimensions(): Observable<CapabilityDimension[]> {
    return this.http.get<CapabilityDimension[]>('/api/capability-dimensions');
  }
}
