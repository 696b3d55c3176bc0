import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { QuestionBanksModule } from '../question-banks/question-banks.module';
import { QuestionsModule } from '../questions/questions.module';
import { SeedService } from './seed.service';

@Module({ imports: [AuthModule, QuestionBanksModule, QuestionsModule], providers: [SeedService] })
export class SeedModule {}
