import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler } from '../queue/job-handler';
import { JobPayloads } from '../queue/jobs';
import { ExamStatisticsService } from './exam-statistics.service';

@Injectable()
@HandlesJob('exam-statistics')
export class ExamStatisticsJob implements JobHandler<'exam-statistics'> {
  constructor(private readonly statistics: ExamStatisticsService) {}

  async handle(payload: JobPayloads['exam-statistics']): Promise<number> {
    return (await this.statistics.compute(payload.examId)).attempts;
  }
}
