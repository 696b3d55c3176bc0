import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Attempt } from '../attempts/attempt.entity';
import { AttemptsModule } from '../attempts/attempts.module';
import { AuthModule } from '../auth/auth.module';
import { QuestionFilesModule } from '../question-files/question-files.module';
import { AttemptItemResult } from './attempt-item-result.entity';
import { ExamInsightsController } from './exam-insights.controller';
import { ExamStatisticsRow } from './exam-statistics.entity';
import { ExamOverviewService } from './exam-overview.service';
import { ExamStatisticsJob } from './exam-statistics.job';
import { ExamStatisticsService } from './exam-statistics.service';
import { RegradeRun } from './regrade-run.entity';
import { RegradeJob } from './regrade.job';
import { RegradeService } from './regrade.service';
import { ResultsExportService } from './results-export.service';
import { GradeAttemptJob } from './grade-attempt.job';
import { GradingBatcher } from './grading-batcher';
import { GradingService } from './grading.service';
import { ManualGradingController } from './manual-grading.controller';
import { ManualGradingService } from './manual-grading.service';
import { ResultsController } from './results.controller';
import { ResultsService } from './results.service';
import { SweepAttemptsJob } from './sweep-attempts.job';

@Module({
  imports: [TypeOrmModule.forFeature([Attempt, AttemptItemResult, RegradeRun, ExamStatisticsRow]), AttemptsModule, QuestionFilesModule, AuthModule],
  controllers: [ResultsController, ManualGradingController, ExamInsightsController],
  providers: [GradingService, GradingBatcher, ResultsService, ExamOverviewService, ManualGradingService, ResultsExportService, ExamStatisticsService, RegradeService, GradeAttemptJob, SweepAttemptsJob, RegradeJob, ExamStatisticsJob],
  exports: [GradingService],
})
export class GradingModule {}
