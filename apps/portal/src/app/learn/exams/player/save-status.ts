import type { MessageKey, MessageParams } from '../../../i18n/i18n.service';
import type { OutboxState } from './answer-outbox';

export interface SaveStatus {
  key: MessageKey;
  params?: MessageParams;
  tone: 'saved' | 'busy' | 'warning' | 'error';
}

/** The header's one-line answer to "is my work safe?", worst news first. */
export function saveStatus(state: OutboxState): SaveStatus {
  if (state.closed) return { key: 'exams.agent.save.closed', tone: 'error' };
  if (state.rejected.length > 0)
    return {
      key: 'exams.agent.save.rejected',
      params: { questions: state.rejected.join(', ') },
      tone: 'error',
    };
  if (state.offline)
    return state.pending > 0
      ? {
          key: 'exams.agent.save.offline',
          params: { count: state.pending },
          tone: 'warning',
        }
      : { key: 'exams.agent.save.offlineSaved', tone: 'warning' };
  if (state.retrying)
    return {
      key: 'exams.agent.save.retrying',
      params: { count: state.pending },
      tone: 'warning',
    };
  if (state.pending > 0 || state.sending)
    return { key: 'exams.agent.save.saving', tone: 'busy' };
  return { key: 'exams.agent.save.saved', tone: 'saved' };
}
