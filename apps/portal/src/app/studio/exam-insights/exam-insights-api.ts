import { HttpClient, HttpParams, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AttemptResultView,
  AttemptStatus,
  ExamAttemptRow,
  ExamDetail,
  ExamOverview,
  ExamStatisticsView,
  ExamSummary,
  GradingQueueItem,
  ManualGradeRequest,
  ManualGradeResult,
  Page,
  RegradeProgress,
} from '@pathwise/contracts';
import { Observable, map } from 'rxjs';

const id = encodeURIComponent;

export type ResultsExportFormat = 'csv' | 'xlsx';

export interface ExamAttemptsQuery {
  status?: AttemptStatus;
  page: number;
  pageSize: number;
}

export interface GradingQueueQuery {
  examId?: string;
  page: number;
  pageSize: number;
}

/** Every endpoint the exam dashboard, item statistics and grading queue call; no logic. */
@Injectable({ providedIn: 'root' })
export class ExamInsightsApi {
  private readonly http = inject(HttpClient);

  exams(): Observable<ExamSummary[]> {
    return this.http.get<ExamSummary[]>('/api/exams');
  }

  exam(examId: string): Observable<ExamDetail> {
    return this.http.get<ExamDetail>(`/api/exams/${id(examId)}`);
  }

  overview(examId: string): Observable<ExamOverview> {
    return this.http.get<ExamOverview>(`/api/exams/${id(examId)}/overview`);
  }

  attempts(
    examId: string,
    query: ExamAttemptsQuery,
  ): Observable<Page<ExamAttemptRow>> {
    return this.http.get<Page<ExamAttemptRow>>(
      `/api/exams/${id(examId)}/attempts`,
      { params: pageParams({ ...query }) },
    );
  }

  result(attemptId: string): Observable<AttemptResultView> {
    return this.http.get<AttemptResultView>(
      `/api/attempts/${id(attemptId)}/result`,
    );
  }

  exportResults(
    examId: string,
    format: ResultsExportFormat,
  ): Observable<HttpResponse<Blob>> {
    return this.http.get(`/api/exams/${id(examId)}/results/export`, {
      params: { format },
      observe: 'response',
      responseType: 'blob',
    });
  }

  statistics(examId: string): Observable<ExamStatisticsView> {
    return this.http.get<ExamStatisticsView>(
      `/api/exams/${id(examId)}/statistics`,
    );
  }

  refreshStatistics(examId: string): Observable<void> {
    return this.http
      .post(`/api/exams/${id(examId)}/statistics/refresh`, null)
      .pipe(map(() => undefined));
  }

  startRegrade(questionId: string): Observable<RegradeProgress> {
    return this.http.post<RegradeProgress>(
      `/api/questions/${id(questionId)}/regrade`,
      null,
    );
  }

  regradeProgress(runId: string): Observable<RegradeProgress> {
    return this.http.get<RegradeProgress>(`/api/regrade-runs/${id(runId)}`);
  }

  gradingQueue(query: GradingQueueQuery): Observable<Page<GradingQueueItem>> {
    return this.http.get<Page<GradingQueueItem>>('/api/grading/queue', {
      params: pageParams({ ...query, order: 'oldest' }),
    });
  }

  grade(
    attemptId: string,
    position: number,
    request: ManualGradeRequest,
  ): Observable<ManualGradeResult> {
    return this.http.post<ManualGradeResult>(
      `/api/attempts/${id(attemptId)}/items/${position}/grade`,
      request,
    );
  }
}

/** Empty filters are left out so the API applies its defaults. */
function pageParams(
  query: Record<string, string | number | undefined>,
): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '')
      params = params.set(key, String(value));
  }
  return params;
}
