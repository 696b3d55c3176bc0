// The load generator: undici connection pools (keep-alive, no pipelining), a bounded number of
// requests in flight, and per-endpoint latency recorded in plain arrays (sorted once at the end).
// It runs in the bench process, on the same two cores as the servers it measures: it is kept lean
// (bodies are serialised before a phase starts, responses parsed only as far as the check needs).
import { Pool } from 'undici';

export interface EndpointStats {
  name: string;
  count: number;
  errors: number;
  /** Wall time from the first request sent to the last response received. */
  wallMs: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

interface Row {
  latencies: number[];
  errors: number;
  /** Failures since the last success. */
  failingRun: number;
  first: number;
  last: number;
}

export class Recorder {
  private readonly rows = new Map<string, Row>();
  readonly errorSamples: string[] = [];

  private row(endpoint: string): Row {
    let row = this.rows.get(endpoint);
    if (!row) {
      row = { latencies: [], errors: 0, failingRun: 0, first: Infinity, last: 0 };
      this.rows.set(endpoint, row);
    }
    return row;
  }

  record(endpoint: string, startedAt: number, endedAt: number, ok: boolean): void {
    const row = this.row(endpoint);
    row.latencies.push(endedAt - startedAt);
    if (startedAt < row.first) row.first = startedAt;
    if (endedAt > row.last) row.last = endedAt;
    if (ok) row.failingRun = 0;
    else {
      row.errors++;
      row.failingRun++;
    }
  }

  /** True once `run` requests in a row failed: the server has stopped answering (hung or dead). */
  failingInARow(endpoint: string, run: number): boolean {
    return (this.rows.get(endpoint)?.failingRun ?? 0) >= run;
  }

  /** An error found after the response was recorded (a wrong seq, a key in a learner view). */
  fail(endpoint: string, message: string): void {
    this.row(endpoint).errors++;
    this.sample(`${endpoint}: ${message}`);
  }

  sample(message: string): void {
    if (this.errorSamples.length < 20) this.errorSamples.push(message.slice(0, 400));
  }

  get totalErrors(): number {
    let total = 0;
    for (const row of this.rows.values()) total += row.errors;
    return total;
  }

  stats(endpoint: string): EndpointStats | null {
    const row = this.rows.get(endpoint);
    if (!row || !row.latencies.length) return null;
    const sorted = Float64Array.from(row.latencies).sort();
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    return { name: endpoint, count: sorted.length, errors: row.errors, wallMs: row.last - row.first, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] };
  }

  endpoints(): string[] {
    return [...this.rows.keys()];
  }
}

export interface Call {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  token?: string;
  /** Already serialised JSON. */
  body?: string;
}

export interface Reply {
  status: number;
  text: string;
}

export class HttpClient {
  private readonly pool: Pool;

  constructor(
    readonly origin: string,
    connections: number,
    private readonly recorder: Recorder,
    timeoutMs = 30_000,
  ) {
    this.pool = new Pool(origin, { connections, pipelining: 1, keepAliveTimeout: 60_000, keepAliveMaxTimeout: 600_000, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
  }

  /** Sends one request and records it under `endpoint`; ok when the status is the expected one. */
  async send(endpoint: string, call: Call, expect: number): Promise<Reply | null> {
    const headers: Record<string, string> = {};
    if (call.token) headers['authorization'] = `Bearer ${call.token}`;
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    const startedAt = performance.now();
    try {
      const response = await this.pool.request({ method: call.method, path: call.path, headers, body: call.body });
      const text = await response.body.text();
      const endedAt = performance.now();
      const ok = response.statusCode === expect;
      this.recorder.record(endpoint, startedAt, endedAt, ok);
      if (!ok) this.recorder.sample(`${endpoint}: ${call.method} ${call.path} → ${response.statusCode} ${text.slice(0, 300)}`);
      return { status: response.statusCode, text };
    } catch (error) {
      this.recorder.record(endpoint, startedAt, performance.now(), false);
      this.recorder.sample(`${endpoint}: ${call.method} ${call.path} → ${(error as Error).message}`);
      return null;
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  /** Drops requests still in flight (a hung server must not hold up cleanup). */
  destroy(): Promise<void> {
    return this.pool.destroy();
  }
}

/** Runs `work` over the items with at most `limit` in flight, in order of the list. */
export async function forEachLimit<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index], index);
    }
  });
  await Promise.all(runners);
}
