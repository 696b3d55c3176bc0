import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QuestionBanksModule } from '../question-banks/question-banks.module';
import { QuestionFilesModule } from '../question-files/question-files.module';
import { Question } from '../questions/question.entity';
import { QuestionsModule } from '../questions/questions.module';
import { QuestionExportService } from './question-export.service';
import { QuestionImport } from './question-import.entity';
import { QuestionImportService } from './question-import.service';
import { QuestionTransferController } from './question-transfer.controller';

@Module({
  imports: [TypeOrmModule.forFeature([QuestionImport, Question]), QuestionBanksModule, QuestionFilesModule, QuestionsModule],
  controllers: [QuestionTransferController],
  providers: [QuestionImportService, QuestionExportService],
  exports: [QuestionImportService],
})
export class QuestionTransferModule {}
