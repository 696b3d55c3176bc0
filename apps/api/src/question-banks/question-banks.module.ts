import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QuestionBank } from './question-bank.entity';
import { QuestionBanksController } from './question-banks.controller';
import { QuestionBanksService } from './question-banks.service';
import { QuestionCategoriesService } from './question-categories.service';
import { QuestionCategory } from './question-category.entity';

@Module({
  imports: [TypeOrmModule.forFeature([QuestionBank, QuestionCategory])],
  controllers: [QuestionBanksController],
  providers: [QuestionBanksService, QuestionCategoriesService],
  exports: [QuestionCategoriesService],
})
export class QuestionBanksModule {}
