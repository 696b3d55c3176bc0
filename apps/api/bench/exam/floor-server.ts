// The reference floor for autosave: the least a correct server must do per save, with no framework
// beyond plain Fastify. It verifies the same HS256 access token (jsonwebtoken, which @nestjs/jwt
// wraps), checks the seq, and runs one guarded upsert into a table shaped like attempt_answers —
// the statement the API's AnswerStore runs, with the owner folded into the guard — reading the
// stored seq back only when the save was older than what is stored. Started by exam.bench.ts:
//   FLOOR_PORT, FLOOR_SECRET, and FLOOR_MYSQL_URL (mysql2 pool of 20, like the API) or FLOOR_SQLITE_FILE.
import Fastify from 'fastify';
import jwt from 'jsonwebtoken';
import { createSecretKey } from 'node:crypto';

interface Store {
  /** Affected rows of the upsert: 0 when nothing changed (an older seq, or not this agent's open attempt). */
  upsert(params: [string, number, string | null, number, number, string, string, string]): Promise<number>;
  storedSeq(attemptId: string, position: number): Promise<number | null>;
}

async function mysqlStore(url: string): Promise<Store> {
  const { createPool } = await import('mysql2/promise');
  // -FOUND_ROWS: an unchanged row must count 0, or a stale save would look stored.
  const pool = createPool({ uri: url, connectionLimit: 20, timezone: 'Z', flags: ['-FOUND_ROWS'] });
  const upsert = `INSERT INTO attempt_answers (attempt_id, position, answer, flagged, seq, saved_at)
    SELECT ?, ?, ?, ?, ?, ? FROM attempts WHERE id = ? AND user_id = ? AND status = 'in_progress'
    ON DUPLICATE KEY UPDATE
      answer = IF(VALUES(seq) > seq, VALUES(answer), answer),
      flagged = IF(VALUES(seq) > seq, VALUES(flagged), flagged),
      saved_at = IF(VALUES(seq) > seq, VALUES(saved_at), saved_at),
      seq = GREATEST(seq, VALUES(seq))`;
  return {
    async upsert(params) {
      const [result] = await pool.execute(upsert, params);
      return (result as { affectedRows: number }).affectedRows;
    },
    async storedSeq(attemptId, position) {
      const [rows] = await pool.execute('SELECT seq FROM attempt_answers WHERE attempt_id = ? AND position = ?', [attemptId, position]);
      return (rows as { seq: number }[])[0]?.seq ?? null;
    },
  };
}

async function sqliteStore(file: string): Promise<Store> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  const upsert = db.prepare(`INSERT INTO attempt_answers (attempt_id, position, answer, flagged, seq, saved_at)
    SELECT ?, ?, ?, ?, ?, ? FROM attempts WHERE id = ? AND user_id = ? AND status = 'in_progress'
    ON CONFLICT (attempt_id, position) DO UPDATE SET answer = excluded.answer, flagged = excluded.flagged, seq = excluded.seq, saved_at = excluded.saved_at
    WHERE excluded.seq > attempt_answers.seq`);
  const read = db.prepare('SELECT seq FROM attempt_answers WHERE attempt_id = ? AND position = ?');
  return {
    async upsert(params) {
      return upsert.run(...params).changes;
    },
    async storedSeq(attemptId, position) {
      return (read.get(attemptId, position) as { seq: number } | undefined)?.seq ?? null;
    },
  };
}

async function main(): Promise<void> {
  // A KeyObject, not the string: given a string, jsonwebtoken first tries it as a PEM public key on every
  // call (createPublicKey, which fails and throws under OpenSSL 3), about 1 ms of CPU per verify.
  const secret = createSecretKey(Buffer.from(process.env['FLOOR_SECRET'] ?? '', 'utf8'));
  const store = process.env['FLOOR_MYSQL_URL'] ? await mysqlStore(process.env['FLOOR_MYSQL_URL']) : await sqliteStore(process.env['FLOOR_SQLITE_FILE'] ?? '');
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });

  app.put<{ Params: { id: string; position: string }; Body: { answer?: unknown; flagged?: boolean; seq?: unknown } }>('/api/attempts/:id/answers/:position', async (request, reply) => {
    const header = request.headers.authorization;
    let userId: string;
    try {
      const claims = jwt.verify(header?.startsWith('Bearer ') ? header.slice(7) : '', secret, { algorithms: ['HS256'] }) as { sub: string };
      userId = claims.sub;
    } catch {
      return reply.code(401).send({ code: 'UNAUTHENTICATED' });
    }
    const position = Number(request.params.position);
    const { answer, flagged, seq } = request.body ?? {};
    if (!Number.isInteger(position) || !Number.isInteger(seq) || (seq as number) < 1) return reply.code(400).send({ code: 'VALIDATION_FAILED' });
    const now = new Date();
    const affected = await store.upsert([
      request.params.id,
      position,
      answer === undefined ? null : JSON.stringify(answer),
      flagged ? 1 : 0,
      seq as number,
      now.toISOString().slice(0, 23).replace('T', ' '),
      request.params.id,
      userId,
    ]);
    let stored = seq as number;
    if (!affected) {
      const current = await store.storedSeq(request.params.id, position);
      if (current === null) return reply.code(404).send({ code: 'NOT_FOUND' });
      stored = current;
    }
    return { position, seq: stored, deadline: null, serverNow: now.toISOString() };
  });

  await app.listen({ port: Number(process.env['FLOOR_PORT']), host: '127.0.0.1' });
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
