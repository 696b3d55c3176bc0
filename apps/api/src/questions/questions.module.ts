import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QuestionBanksModule } from '../question-banks/question-banks.module';
import { QuestionFilesModule } from '../question-files/question-files.module';
import { QuestionBulkService } from './question-bulk.service';
import { QuestionDimension } from './question-dimension.entity';
import { QuestionSearchService } from './question-search.service';
import { QuestionTag } from './question-tag.entity';
import { QuestionVersion } from './question-version.entity';
import { QuestionViews } from './question-views';
import { QuestionWriter } from './question-writer';
import { Question } from './question.entity';
import { QuestionsController } from './questions.controller';
import { QuestionsService } from './questions.service';

@Module({
  imports: [TypeOrmModule.forFeature([Question, QuestionVersion, QuestionTag, QuestionDimension]), QuestionBanksModule, QuestionFilesModule],
  controllers: [QuestionsController],
  providers: [QuestionsService, QuestionSearchService, QuestionBulkService, QuestionViews, QuestionWriter],
  exports: [QuestionsService, QuestionSearchService, QuestionViews, QuestionWriter],
})
export class QuestionsModule {}
