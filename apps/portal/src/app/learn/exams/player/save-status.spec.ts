import { HttpErrorResponse } from '@angular/common/http';
import { OutboxState } from './answer-outbox';
import { classifySaveFailure } from './save-failure';
import { saveStatus } from './save-status';

const idle: OutboxState = {
  pending: 0,
  sending: false,
  offline: false,
  retrying: false,
  closed: null,
  rejected: [],
};

function httpError(status: number, code?: string): HttpErrorResponse {
  return new HttpErrorResponse({
    status,
    error: code ? { code, message: code } : null,
  });
}

describe('saveStatus', () => {
  it('says everything is saved when nothing waits', () => {
    expect(saveStatus(idle)).toEqual({
      key: 'exams.agent.save.saved',
      tone: 'saved',
    });
  });

  it('says saving while a change waits or is on the wire', () => {
    expect(saveStatus({ ...idle, pending: 1 }).key).toBe(
      'exams.agent.save.saving',
    );
    expect(saveStatus({ ...idle, sending: true }).key).toBe(
      'exams.agent.save.saving',
    );
  });

  it('counts the answers waiting while offline', () => {
    expect(saveStatus({ ...idle, offline: true, pending: 3 })).toEqual({
      key: 'exams.agent.save.offline',
      params: { count: 3 },
      tone: 'warning',
    });
    expect(saveStatus({ ...idle, offline: true }).key).toBe(
      'exams.agent.save.offlineSaved',
    );
  });

  it('puts a closed attempt and refused answers before anything else', () => {
    expect(
      saveStatus({ ...idle, offline: true, pending: 2, closed: 'TIME_UP' }).key,
    ).toBe('exams.agent.save.closed');
    expect(saveStatus({ ...idle, rejected: [2, 5] })).toMatchObject({
      key: 'exams.agent.save.rejected',
      params: { questions: '2, 5' },
    });
  });
});

describe('classifySaveFailure', () => {
  it('treats a dead network as offline and server trouble as worth a retry', () => {
    expect(classifySaveFailure(httpError(0))).toEqual({ kind: 'offline' });
    expect(classifySaveFailure(new TypeError('Failed to fetch'))).toEqual({
      kind: 'offline',
    });
    expect(classifySaveFailure(httpError(503))).toEqual({ kind: 'retry' });
    expect(classifySaveFailure(httpError(429))).toEqual({ kind: 'retry' });
  });

  it('stops on a closed attempt or time up, and drops other refusals', () => {
    expect(classifySaveFailure(httpError(409, 'TIME_UP'))).toEqual({
      kind: 'closed',
      reason: 'TIME_UP',
    });
    expect(classifySaveFailure(httpError(409, 'ATTEMPT_CLOSED'))).toEqual({
      kind: 'closed',
      reason: 'ATTEMPT_CLOSED',
    });
    expect(classifySaveFailure(httpError(400, 'VALIDATION_FAILED'))).toEqual({
      kind: 'rejected',
    });
  });
});
