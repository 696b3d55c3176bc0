import { HttpResponse } from '@angular/common/http';

/**
 * The file name a `Content-Disposition` header gives: RFC 5987 `filename*=UTF-8''…` (how a
 * Chinese name travels) wins over the plain `filename="…"`.
 */
export function fileNameFromDisposition(
  header: string | null | undefined,
  fallback: string,
): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(header);
  const name = (plain?.[2] ?? plain?.[1] ?? '').trim();
  return name || fallback;
}

/** Hands a downloaded blob to the browser as a file. */
export function saveBlob(doc: Document, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function saveResponse(
  doc: Document,
  response: HttpResponse<Blob>,
  fallbackName: string,
): void {
  if (!response.body) return;
  saveBlob(
    doc,
    response.body,
    fileNameFromDisposition(
      response.headers.get('Content-Disposition'),
      fallbackName,
    ),
  );
}

export interface SkippedExport {
  name: string;
  reason: string;
}

/** The questions an export left out, from its `x-export-skipped*` headers. */
export function skippedFromHeaders(response: HttpResponse<unknown>): {
  count: number;
  details: SkippedExport[];
} {
  const count = Number(response.headers.get('x-export-skipped') ?? 0) || 0;
  let details: SkippedExport[] = [];
  const raw = response.headers.get('x-export-skipped-details');
  if (raw) {
    details = parseSkipped(raw) ?? parseSkipped(safeDecode(raw)) ?? [];
  }
  return { count: Math.max(count, details.length), details };
}

function parseSkipped(raw: string): SkippedExport[] | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return null;
    return value.flatMap((entry: unknown) =>
      entry && typeof entry === 'object'
        ? [
            {
              name: String((entry as Record<string, unknown>)['name'] ?? ''),
              reason: String(
                (entry as Record<string, unknown>)['reason'] ?? '',
              ),
            },
          ]
        : [],
    );
  } catch {
    return null;
  }
}

/** Header values are Latin-1; a server may percent-encode the JSON to carry Chinese names. */
function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
