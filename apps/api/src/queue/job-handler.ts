import { SetMetadata } from '@nestjs/common';
import type { JobName, JobPayloads } from './jobs';

export const JOB_HANDLER_METADATA = 'pathwise:job-handler';

/** One small class per job (see system/purge-expired-refresh-tokens.job.ts); it delegates to a service. */
export interface JobHandler<N extends JobName> {
  handle(payload: JobPayloads[N]): Promise<unknown>;
}

/** Marks a provider as the handler of a job. The registry refuses to start with a job left unhandled. */
export const HandlesJob = (name: JobName) => SetMetadata(JOB_HANDLER_METADATA, name);
