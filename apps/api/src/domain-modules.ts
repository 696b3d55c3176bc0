import { AttemptsModule } from './attempts/attempts.module';
import { AuthModule } from './auth/auth.module';
import { CapabilitiesModule } from './capabilities/capabilities.module';
import { ExamsModule } from './exams/exams.module';
import { GradingModule } from './grading/grading.module';
import { QuestionBanksModule } from './question-banks/question-banks.module';
import { QuestionFilesModule } from './question-files/question-files.module';
import { QuestionTransferModule } from './question-transfer/question-transfer.module';
import { QuestionsModule } from './questions/questions.module';
import { TeamsModule } from './teams/teams.module';
import { UsersModule } from './users/users.module';

/** The features. The worker loads the same list, so a job handler declared in a feature runs in either process. */
export const DOMAIN_MODULES = [AuthModule, UsersModule, TeamsModule, CapabilitiesModule, QuestionBanksModule, QuestionFilesModule, QuestionsModule, QuestionTransferModule, ExamsModule, AttemptsModule, GradingModule];
