import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  DrawExamItem,
  DrawPreview,
  ExamDetail,
  ExamInput,
  ExamSummary,
} from '@pathwise/contracts';
import { Observable } from 'rxjs';

const id = encodeURIComponent;

/** Every exam endpoint the builder calls; one method per endpoint, no logic. */
@Injectable({ providedIn: 'root' })
export class ExamsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<ExamSummary[]> {
    return this.http.get<ExamSummary[]>('/api/exams');
  }

  get(examId: string): Observable<ExamDetail> {
    return this.http.get<ExamDetail>(`/api/exams/${id(examId)}`);
  }

  create(input: ExamInput): Observable<ExamDetail> {
    return this.http.post<ExamDetail>('/api/exams', input);
  }

  update(examId: string, input: ExamInput): Observable<ExamDetail> {
    return this.http.put<ExamDetail>(`/api/exams/${id(examId)}`, input);
  }

  publish(examId: string): Observable<ExamDetail> {
    return this.http.post<ExamDetail>(`/api/exams/${id(examId)}/publish`, null);
  }

  archive(examId: string): Observable<ExamDetail> {
    return this.http.post<ExamDetail>(`/api/exams/${id(examId)}/archive`, null);
  }

  drawPreview(item: DrawExamItem): Observable<DrawPreview> {
    return this.http.post<DrawPreview>('/api/exams/draw-preview', item);
  }
}
