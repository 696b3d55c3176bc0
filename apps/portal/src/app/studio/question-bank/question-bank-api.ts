import {
  HttpClient,
  HttpErrorResponse,
  HttpParams,
  HttpResponse,
} from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  BulkQuestionRequest,
  BulkQuestionResult,
  CapabilityDimension,
  CommitQuestionImportRequest,
  CreateQuestionBankRequest,
  CreateQuestionCategoryRequest,
  QuestionBankSummary,
  QuestionCategoryNode,
  QuestionDetail,
  QuestionExportRequest,
  QuestionFileUpload,
  QuestionImportFormat,
  QuestionImportPreview,
  QuestionImportSummary,
  QuestionInput,
  QuestionPreview,
  QuestionSearchQuery,
  QuestionSearchResult,
  QuestionVersionDetail,
  QuestionVersionSummary,
  TryAnswerResult,
  UpdateQuestionCategoryRequest,
} from '@pathwise/contracts';
import { Observable, catchError, from, switchMap, throwError } from 'rxjs';

const id = encodeURIComponent;

/** Every question-bank endpoint the studio calls; one method per endpoint, no logic. */
@Injectable({ providedIn: 'root' })
export class QuestionBankApi {
  private readonly http = inject(HttpClient);

  banks(): Observable<QuestionBankSummary[]> {
    return this.http.get<QuestionBankSummary[]>('/api/question-banks');
  }

  createBank(
    request: CreateQuestionBankRequest,
  ): Observable<QuestionBankSummary> {
    return this.http.post<QuestionBankSummary>('/api/question-banks', request);
  }

  categories(bankId: string): Observable<QuestionCategoryNode[]> {
    return this.http.get<QuestionCategoryNode[]>(
      `/api/question-banks/${id(bankId)}/categories`,
    );
  }

  createCategory(
    bankId: string,
    request: CreateQuestionCategoryRequest,
  ): Observable<QuestionCategoryNode> {
    return this.http.post<QuestionCategoryNode>(
      `/api/question-banks/${id(bankId)}/categories`,
      request,
    );
  }

  updateCategory(
    bankId: string,
    categoryId: string,
    request: UpdateQuestionCategoryRequest,
  ): Observable<QuestionCategoryNode> {
    return this.http.patch<QuestionCategoryNode>(
      `/api/question-banks/${id(bankId)}/categories/${id(categoryId)}`,
      request,
    );
  }

  deleteCategory(
    bankId: string,
    categoryId: string,
    moveTo?: string,
  ): Observable<void> {
    return this.http.delete<void>(
      `/api/question-banks/${id(bankId)}/categories/${id(categoryId)}`,
      { params: moveTo ? { moveTo } : {} },
    );
  }

  search(
    bankId: string,
    query: QuestionSearchQuery,
  ): Observable<QuestionSearchResult> {
    return this.http.get<QuestionSearchResult>(
      `/api/question-banks/${id(bankId)}/questions`,
      { params: searchParams(query) },
    );
  }

  create(bankId: string, input: QuestionInput): Observable<QuestionDetail> {
    return this.http.post<QuestionDetail>(
      `/api/question-banks/${id(bankId)}/questions`,
      input,
    );
  }

  get(questionId: string): Observable<QuestionDetail> {
    return this.http.get<QuestionDetail>(`/api/questions/${id(questionId)}`);
  }

  update(questionId: string, input: QuestionInput): Observable<QuestionDetail> {
    return this.http.put<QuestionDetail>(
      `/api/questions/${id(questionId)}`,
      input,
    );
  }

  versions(questionId: string): Observable<QuestionVersionSummary[]> {
    return this.http.get<QuestionVersionSummary[]>(
      `/api/questions/${id(questionId)}/versions`,
    );
  }

  version(
    questionId: string,
    version: number,
  ): Observable<QuestionVersionDetail> {
    return this.http.get<QuestionVersionDetail>(
      `/api/questions/${id(questionId)}/versions/${version}`,
    );
  }

  preview(questionId: string, version?: number): Observable<QuestionPreview> {
    return this.http.get<QuestionPreview>(
      `/api/questions/${id(questionId)}/preview`,
      { params: version ? { version } : {} },
    );
  }

  tryAnswer(
    questionId: string,
    answer: unknown,
    version?: number,
  ): Observable<TryAnswerResult> {
    return this.http.post<TryAnswerResult>(
      `/api/questions/${id(questionId)}/try`,
      version ? { answer, version } : { answer },
    );
  }

  bulk(
    bankId: string,
    request: BulkQuestionRequest,
  ): Observable<BulkQuestionResult> {
    return this.http.post<BulkQuestionResult>(
      `/api/question-banks/${id(bankId)}/questions/bulk`,
      request,
    );
  }

  uploadFile(bankId: string, file: File): Observable<QuestionFileUpload> {
    return this.http.post<QuestionFileUpload>(
      `/api/question-banks/${id(bankId)}/files`,
      file,
      {
        headers: {
          'Content-Type': file.type || 'application/octet-stream',
          // Header values must be Latin-1: a Chinese file name travels percent-encoded.
          'X-File-Name': encodeURIComponent(file.name),
        },
      },
    );
  }

  startImport(
    bankId: string,
    format: QuestionImportFormat,
    file: File,
  ): Observable<QuestionImportPreview> {
    return this.http.post<QuestionImportPreview>(
      `/api/question-banks/${id(bankId)}/imports`,
      file,
      {
        params: { format, fileName: file.name },
        headers: { 'Content-Type': 'application/octet-stream' },
      },
    );
  }

  commitImport(
    bankId: string,
    importId: string,
    request: CommitQuestionImportRequest,
  ): Observable<QuestionImportSummary> {
    return this.http.post<QuestionImportSummary>(
      `/api/question-banks/${id(bankId)}/imports/${id(importId)}/commit`,
      request,
    );
  }

  exportQuestions(
    bankId: string,
    request: QuestionExportRequest,
  ): Observable<HttpResponse<Blob>> {
    return this.http
      .post(`/api/question-banks/${id(bankId)}/exports`, request, {
        observe: 'response',
        responseType: 'blob',
      })
      .pipe(catchError(rethrowBlobError));
  }

  importTemplate(format: 'csv' | 'xlsx'): Observable<HttpResponse<Blob>> {
    return this.http
      .get('/api/question-import-template', {
        params: { format },
        observe: 'response',
        responseType: 'blob',
      })
      .pipe(catchError(rethrowBlobError));
  }

  dimensions(): Observable<CapabilityDimension[]> {
    return this.http.get<CapabilityDimension[]>('/api/capability-dimensions');
  }
}

/** Lists travel comma-separated; empty values are left out so the API applies its defaults. */
export function searchParams(query: QuestionSearchQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params = params.set(key, value.join(','));
    } else {
      params = params.set(key, String(value));
    }
  }
  return params;
}

/**
 * A failed blob request carries its JSON error body as a Blob; read it so the error code reaches
 * the usual translation.
 */
function rethrowBlobError(error: unknown): Observable<never> {
  if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob))
    return throwError(() => error);
  const blob: Blob = error.error;
  return from(blob.text()).pipe(
    catchError(() => [''] as string[]),
    switchMap((text) => {
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Not JSON: keep the text.
      }
      return throwError(
        () =>
          new HttpErrorResponse({
            error: body,
            headers: error.headers,
            status: error.status,
            statusText: error.statusText,
            url: error.url ?? undefined,
          }),
      );
    }),
  );
}
