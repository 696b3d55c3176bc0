import ExcelJS from 'exceljs';
import { binary } from '../support/binary-body';
import { bearer, startTestApi, TestApi } from '../support/test-api';
import {
  agentEmail,
  createBank,
  createCategory,
  createPublishedExam,
  createQuestion,
  definitions,
  examInput,
  fixed,
  Jobs,
  Session,
  signIn,
  waitFor,
} from '../support/exam-fixtures';

interface RegradeBody {
  id: string;
  status: string;
  total: number;
  done: number;
  changed: number;
  toVersion: number;
}

/** After an exam: results export, item statistics and a regrade after a key fix, in both modes. */
describe('exam insights', () => {
  let api: TestApi;
  let jobs: Jobs;
  let trainer: Session;
  let examId: string;
  let singleId: string;
  let trueFalseId: string;
  const attempts = new Map<number, string>();
  /** Agent number → chosen option of the single-choice question (b is right; c is worth half until the key fix). */
  const choices: Record<number, string> = { 1: 'b', 2: 'b', 3: 'c', 4: 'c', 5: 'a', 6: 'b' };

  const pointsOf = async (token: string, attemptId: string): Promise<number> => (await api.http().get(`/api/attempts/${attemptId}/result`).set(bearer(token)).expect(200)).body.score.points;
  const allGraded = async () =>
    (await api.http().get(`/api/exams/${examId}/attempts?pageSize=50`).set(bearer(trainer.token)).expect(200)).body.items.every((row: { status: string }) => row.status === 'graded');

  beforeAll(async () => {
    api = await startTestApi();
    jobs = new Jobs(api);
    await jobs.ensureWorker();
    trainer = await signIn(api, 'trainer1@pathwise.local');
    const bankId = await createBank(api, trainer.token);
    const categoryId = await createCategory(api, trainer.token, bankId, 'Insights');
    singleId = await createQuestion(api, trainer.token, bankId, { categoryId, definition: definitions.single('I single'), dimensionCodes: ['product-knowledge'] });
    trueFalseId = await createQuestion(api, trainer.token, bankId, { categoryId, definition: definitions.trueFalse('I true or false', true), dimensionCodes: ['compliance'] });
    examId = await createPublishedExam(api, trainer.token, examInput({ sections: [{ title: 'All', items: [fixed(singleId, 2), fixed(trueFalseId, 1)] }] }));
    for (const [n, option] of Object.entries(choices)) {
      const agent = await signIn(api, agentEmail(Number(n)));
      const attempt = (await api.http().post(`/api/exams/${examId}/attempts`).set(bearer(agent.token)).expect(201)).body;
      const position = (stem: string) => attempt.questions.find((q: { question: { stem: string } }) => q.question.stem === stem).position;
      await api.http().put(`/api/attempts/${attempt.id}/answers/${position('I single')}`).set(bearer(agent.token)).send({ answer: { optionId: option }, seq: 1 }).expect(200);
      await api.http().put(`/api/attempts/${attempt.id}/answers/${position('I true or false')}`).set(bearer(agent.token)).send({ answer: { value: Number(n) % 2 === 1 }, seq: 1 }).expect(200);
      await api.http().post(`/api/attempts/${attempt.id}/submit`).set(bearer(agent.token)).expect(200);
      attempts.set(Number(n), attempt.id);
    }
    await waitFor(allGraded, 20_000, 'every attempt graded');
  });
  afterAll(() => api?.close());

  it('exports every attempt as CSV (byte-order mark, formula-safe) and XLSX with the same rows', async () => {
    const csv = await api.http().get(`/api/exams/${examId}/results/export?format=csv`).set(bearer(trainer.token)).buffer(true).parse(binary).expect(200);
    const text = (csv.body as Buffer).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toContain('Percent');
    expect(lines[0]).toContain('product-knowledge %');
    expect(lines).toHaveLength(1 + Object.keys(choices).length);
    expect(lines.slice(1).map((line) => line.split(',')[1]).sort()).toEqual(Object.keys(choices).map((n) => agentEmail(Number(n))).sort());

    const xlsx = await api.http().get(`/api/exams/${examId}/results/export?format=xlsx`).set(bearer(trainer.token)).buffer(true).parse(binary).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((xlsx.body as Buffer).buffer.slice((xlsx.body as Buffer).byteOffset, (xlsx.body as Buffer).byteOffset + (xlsx.body as Buffer).byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('Results');
    expect(sheet?.rowCount).toBe(1 + Object.keys(choices).length);
    // Agent 1 chose b (2 points) and true (1 point): 100 %, as a number.
    const row = sheet?.getRows(2, sheet.rowCount - 1)?.find((r) => r.getCell(2).value === agentEmail(1));
    expect(row?.getCell(12).value).toBe(100);
  });

  it('computes item statistics in the background: facility and the options chosen', async () => {
    await jobs.run('exam-statistics', { examId });
    const stats = (await api.http().get(`/api/exams/${examId}/statistics`).set(bearer(trainer.token)).expect(200)).body;
    expect(stats.attempts).toBe(6);
    const single = stats.items.find((item: { itemId: string }) => item.itemId === singleId);
    // b = 1, c = 0.5, a = 0 (its penalty floors at 0): (3 × 1 + 2 × 0.5 + 0) / 6.
    expect(single.facility).toBeCloseTo(4 / 6, 3);
    expect(stats.options[singleId]).toEqual({ a: 1, b: 3, c: 2, d: 0 });
    expect(stats.options[trueFalseId]).toEqual({ true: 3, false: 3 });
    expect(stats.questions[singleId]).toMatchObject({ name: 'I single', version: 1 });
  });

  it('regrades every attempt that used the old version after a key fix, with progress, and the agents see it', async () => {
    const agent3 = await signIn(api, agentEmail(3));
    const agent1 = await signIn(api, agentEmail(1));
    expect(await pointsOf(agent3.token, attempts.get(3) as string)).toBe(1 + 1); // c: half of 2, plus true
    const current = (await api.http().get(`/api/questions/${singleId}`).set(bearer(trainer.token)).expect(200)).body;
    // The key was wrong: c is the right answer, b only half right.
    const credit: Record<string, number> = { a: 0, b: 0.5, c: 1, d: -0.5 };
    const fixedKey = { ...current.definition, options: current.definition.options.map((o: { id: string }) => ({ ...o, fraction: credit[o.id] })) };
    const saved = await api.http().put(`/api/questions/${singleId}`).set(bearer(trainer.token)).send({ categoryId: current.categoryId, name: current.name, definition: fixedKey, baseVersion: 1, dimensionCodes: current.dimensionCodes }).expect(200);
    expect(saved.body.version).toBe(2);

    const started = await api.http().post(`/api/questions/${singleId}/regrade`).set(bearer(trainer.token)).expect(202);
    expect(started.body).toMatchObject({ total: 6, toVersion: 2 });
    let run: RegradeBody = started.body;
    await waitFor(async () => {
      run = (await api.http().get(`/api/regrade-runs/${started.body.id}`).set(bearer(trainer.token)).expect(200)).body;
      return run.status === 'done';
    }, 20_000, 'the regrade to finish');
    // c (agents 3, 4) now earns 2, b (agents 1, 2, 6) 1; a (agent 5) stays at 0: five attempts changed.
    expect(run).toMatchObject({ total: 6, done: 6, changed: 5 });
    expect(await pointsOf(agent3.token, attempts.get(3) as string)).toBe(2 + 1);
    expect(await pointsOf(agent1.token, attempts.get(1) as string)).toBe(1 + 1);
    const audit = (await api.http().get(`/api/audit-log?action=question.regrade`).set(bearer((await signIn(api, 'admin@pathwise.local')).token)).expect(200)).body;
    expect(audit.items.some((entry: { entityId: string }) => entry.entityId === singleId)).toBe(true);

    // Running it again finds nothing left on the old version.
    const again = await api.http().post(`/api/questions/${singleId}/regrade`).set(bearer(trainer.token)).expect(202);
    expect(again.body).toMatchObject({ total: 0, status: 'done' });
  });

  it('keeps these to trainers and admins', async () => {
    const agent = await signIn(api, agentEmail(2));
    await api.http().get(`/api/exams/${examId}/results/export?format=csv`).set(bearer(agent.token)).expect(403);
    await api.http().get(`/api/exams/${examId}/statistics`).set(bearer(agent.token)).expect(403);
    await api.http().post(`/api/questions/${singleId}/regrade`).set(bearer(agent.token)).expect(403);
  });
});
