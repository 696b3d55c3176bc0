import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@pathwise/contracts';
import { checkPasswordPolicy, describePasswordProblems, normalizeEmail } from '@pathwise/identity';
import { DataSource, EntityManager } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { CapabilityDimension } from '../capabilities/capability-dimension.entity';
import { DEFAULT_DIMENSIONS } from '../capabilities/default-dimensions';
import { AppConfig } from '../config/app-config';
import { TeamMember } from '../teams/team-member.entity';
import { Team } from '../teams/team.entity';
import { UserRole } from '../users/user-role.entity';
import { User } from '../users/user.entity';
import { withBootLock } from '../database/boot-lock';
import { Exam } from '../exams/exam.entity';
import { QuestionBank } from '../question-banks/question-bank.entity';
import { QuestionCategoriesService } from '../question-banks/question-categories.service';
import { prepareDefinition } from '../questions/question-content';
import { NewQuestion, QuestionWriter } from '../questions/question-writer';
import { DEMO_PASSWORD, DEMO_TEAMS, DEMO_USERS } from './demo-organisation';
import { DEMO_EXAMS } from './demo-exams';
import { DEMO_BANK, DEMO_QUESTIONS } from './demo-question-bank';

/**
 * First-run data: the default capability dimensions always; the demo organisation when SEED_DEMO
 * is on (the embedded default) and the database has no users; the first administrator from
 * ADMIN_EMAIL/ADMIN_PASSWORD when there is none. A restart keeps what users did.
 */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly config: AppConfig,
    private readonly categories: QuestionCategoriesService,
    private readonly writer: QuestionWriter,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await withBootLock(this.dataSource, () => this.dataSource.transaction(async (manager) => {
      if (!(await manager.count(CapabilityDimension))) await this.seedDimensions(manager);
      if (this.config.seedDemo && !(await manager.count(User))) await this.seedDemoOrganisation(manager);
      if (this.config.bootstrapAdmin && !(await manager.exists(UserRole, { where: { role: Role.Admin } }))) await this.createFirstAdmin(manager, this.config.bootstrapAdmin);
    }));
  }

  private async createFirstAdmin(manager: EntityManager, admin: { email: string; password: string }): Promise<void> {
    const email = normalizeEmail(admin.email);
    const problems = checkPasswordPolicy(admin.password, { email });
    if (problems.length) throw new Error(`ADMIN_PASSWORD is too weak: ${describePasswordProblems(problems)}`);
    const user = await manager.save(
      manager.create(User, { email, displayName: 'Administrator', passwordHash: await this.hasher.hash(admin.password), locale: 'en', active: true, mustChangePassword: true, employeeNo: null, hiredOn: null, certificationLevelId: null, lastLoginAt: null }),
    );
    await manager.insert(UserRole, { userId: user.id, role: Role.Admin });
    this.logger.log(`Created the first administrator ${email}; they must change the password at first sign-in`);
  }

  private async seedDimensions(manager: EntityManager): Promise<void> {
    await manager.insert(CapabilityDimension, DEFAULT_DIMENSIONS.map((dimension, index) => ({ ...dimension, sortOrder: index + 1, active: true })));
    this.logger.log(`Created ${DEFAULT_DIMENSIONS.length} default capability dimensions`);
  }

  private async seedDemoOrganisation(manager: EntityManager): Promise<void> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const userIds = new Map<string, string>();
    for (const demo of DEMO_USERS) {
      const user = await manager.save(
        manager.create(User, { email: demo.email, displayName: demo.displayName, passwordHash, locale: demo.locale, active: true, mustChangePassword: false, employeeNo: null, hiredOn: null, certificationLevelId: null, lastLoginAt: null }),
      );
      await manager.insert(UserRole, demo.roles.map((role) => ({ userId: user.id, role })));
      userIds.set(demo.email, user.id);
    }
    for (const demoTeam of DEMO_TEAMS) {
      const supervisor = DEMO_USERS.find((user) => user.supervises === demoTeam.name);
      const team = await manager.save(manager.create(Team, { ...demoTeam, supervisorId: supervisor ? userIds.get(supervisor.email) : null }));
      const members = DEMO_USERS.filter((user) => user.team === demoTeam.name);
      await manager.insert(TeamMember, members.map((member) => ({ teamId: team.id, userId: userIds.get(member.email) as string })));
    }
    this.logger.log(`Created the demo organisation: ${DEMO_USERS.length} users in ${DEMO_TEAMS.length} teams`);
    const trainerId = userIds.get('trainer1@pathwise.local') as string;
    const questionIds = await this.seedDemoQuestionBank(manager, trainerId);
    await this.seedDemoExams(manager, trainerId, questionIds);
  }

  /** Returns the demo questions' ids by name. */
  private async seedDemoQuestionBank(manager: EntityManager, trainerId: string): Promise<Map<string, string>> {
    const author = { id: trainerId, roles: [Role.Trainer], requestId: 'seed', ip: '' };
    const bank = await manager.save(manager.create(QuestionBank, { ...DEMO_BANK, createdById: trainerId }));
    const tree = await this.categories.loadTree(manager, bank.id);
    const dimensions = await this.writer.dimensionsByCode(manager);
    const items: NewQuestion[] = [];
    for (const demo of DEMO_QUESTIONS) {
      const { id } = await this.categories.ensurePath(manager, tree, bank.id, null, demo.category);
      items.push({
        categoryId: id as string,
        name: demo.name,
        definition: prepareDefinition(demo.definition),
        defaultPoints: demo.points ?? 1,
        difficulty: demo.difficulty,
        bloom: demo.bloom,
        status: 'active',
        tags: demo.tags,
        dimensionIds: demo.dimensions.map((code) => dimensions.get(code) as string),
        idNumber: null,
        changeNote: null,
      });
    }
    const ids = await this.writer.insertMany(manager, author, bank.id, items);
    this.logger.log(`Created the demo question bank: ${items.length} questions`);
    return new Map(DEMO_QUESTIONS.map((demo, index) => [demo.name, ids[index] as string]));
  }

  private async seedDemoExams(manager: EntityManager, trainerId: string, questionIds: Map<string, string>): Promise<void> {
    const now = new Date();
    for (const demo of DEMO_EXAMS) {
      await manager.save(
        manager.create(Exam, {
          title: demo.title,
          description: demo.description,
          purpose: demo.purpose,
          status: 'published',
          timeLimitMinutes: demo.timeLimitMinutes,
          opensAt: null,
          closesAt: demo.closesInDays === null ? null : new Date(now.getTime() + demo.closesInDays * 86_400_000),
          maxAttempts: demo.maxAttempts,
          cooldownMinutes: 0,
          passPercent: demo.passPercent,
          dimensionPassPercent: {},
          gradingMethod: 'highest',
          shuffleQuestions: false,
          shuffleOptions: true,
          layout: demo.layout,
          navigation: 'free',
          review: demo.review,
          sections: [{ title: demo.title, items: demo.questions.map((name) => ({ kind: 'fixed' as const, questionId: questionIds.get(name) as string, points: DEMO_QUESTIONS.find((q) => q.name === name)?.points ?? 1 })) }],
          audienceEveryone: true,
          createdById: trainerId,
          publishedAt: now,
        }),
      );
    }
    this.logger.log(`Created ${DEMO_EXAMS.length} published demo exams`);
  }
}
