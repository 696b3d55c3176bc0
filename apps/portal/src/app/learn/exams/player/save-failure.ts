import { HttpErrorResponse } from '@angular/common/http';
import { ErrorCode } from '@pathwise/contracts';
import { apiErrorCode } from '../../../shared/api-error';
import { SaveFailure } from './answer-outbox';

/** What a failed autosave means for the outbox: the network, the server, or a closed attempt. */
export function classifySaveFailure(error: unknown): SaveFailure {
  const code = apiErrorCode(error);
  if (code === ErrorCode.AttemptClosed || code === ErrorCode.TimeUp)
    return { kind: 'closed', reason: code };
  if (!(error instanceof HttpErrorResponse) || error.status === 0)
    return { kind: 'offline' };
  if (error.status >= 500 || error.status === 408 || error.status === 429)
    return { kind: 'retry' };
  return { kind: 'rejected' };
}
