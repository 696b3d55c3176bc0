import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QuestionFilesModule } from '../question-files/question-files.module';
import { QuestionVersion } from '../questions/question-version.entity';
import { QuestionsModule } from '../questions/questions.module';
import { AnswerStore } from './answer-store';
import { AttemptAnswer } from './attempt-answer.entity';
import { AttemptBuilder } from './attempt-builder';
import { AttemptQuestion } from './attempt-question.entity';
import { Attempt } from './attempt.entity';
import { AttemptsController } from './attempts.controller';
import { AttemptsService } from './attempts.service';
import { QuestionVersionCache } from './question-version-cache';

@Module({
  imports: [TypeOrmModule.forFeature([Attempt, AttemptQuestion, AttemptAnswer, QuestionVersion]), QuestionsModule, QuestionFilesModule],
  controllers: [AttemptsController],
  providers: [AttemptsService, AttemptBuilder, AnswerStore, QuestionVersionCache],
  exports: [AttemptsService, QuestionVersionCache],
})
export class AttemptsModule {}
