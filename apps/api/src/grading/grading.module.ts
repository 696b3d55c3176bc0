import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Attempt } from '../attempts/attempt.entity';
import { AttemptsModule } from '../attempts/attempts.module';
import { QuestionFilesModule } from '../question-files/question-files.module';
import { AttemptItemResult } from './attempt-item-result.entity';
import { GradeAttemptJob } from './grade-attempt.job';
import { GradingService } from './grading.service';
import { ManualGradingController } from './manual-grading.controller';
import { ManualGradingService } from './manual-grading.service';
import { ResultsController } from './results.controller';
import { ResultsService } from './results.service';
import { SweepAttemptsJob } from './sweep-attempts.job';

@Module({
  imports: [TypeOrmModule.forFeature([Attempt, AttemptItemResult]), AttemptsModule, QuestionFilesModule],
  controllers: [ResultsController, ManualGradingController],
  providers: [GradingService, ResultsService, ManualGradingService, GradeAttemptJob, SweepAttemptsJob],
  exports: [GradingService],
})
export class GradingModule {}
