import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { QuestionBankSummary, QuestionCategoryNode, Role } from '@pathwise/contracts';
import { AuthUser, RequestUser, RequireRoles } from '../auth/auth-user';
import {
  CreateQuestionBankDto,
  CreateQuestionCategoryDto,
  DeleteQuestionCategoryQueryDto,
  QuestionBankSummaryResponse,
  QuestionCategoryNodeResponse,
  UpdateQuestionBankDto,
  UpdateQuestionCategoryDto,
} from './dto/question-bank.dto';
import { QuestionBanksService } from './question-banks.service';
import { QuestionCategoriesService } from './question-categories.service';

@ApiTags('question-banks')
@ApiBearerAuth()
@RequireRoles(Role.Admin, Role.Trainer)
@Controller('question-banks')
export class QuestionBanksController {
  constructor(
    private readonly banks: QuestionBanksService,
    private readonly categories: QuestionCategoriesService,
  ) {}

  @Get()
  @ApiOkResponse({ type: [QuestionBankSummaryResponse] })
  list(): Promise<QuestionBankSummary[]> {
    return this.banks.list();
  }

  @Post()
  @ApiCreatedResponse({ type: QuestionBankSummaryResponse })
  create(@RequestUser() actor: AuthUser, @Body() dto: CreateQuestionBankDto): Promise<QuestionBankSummary> {
    return this.banks.create(actor, dto);
  }

  @Get(':bankId')
  @ApiOkResponse({ type: QuestionBankSummaryResponse })
  get(@Param('bankId', ParseUUIDPipe) bankId: string): Promise<QuestionBankSummary> {
    return this.banks.get(bankId);
  }

  @Patch(':bankId')
  @ApiOkResponse({ type: QuestionBankSummaryResponse })
  update(@RequestUser() actor: AuthUser, @Param('bankId', ParseUUIDPipe) bankId: string, @Body() dto: UpdateQuestionBankDto): Promise<QuestionBankSummary> {
    return this.banks.update(actor, bankId, dto);
  }

  @Delete(':bankId')
  @HttpCode(204)
  remove(@RequestUser() actor: AuthUser, @Param('bankId', ParseUUIDPipe) bankId: string): Promise<void> {
    return this.banks.remove(actor, bankId);
  }

  @Get(':bankId/categories')
  @ApiOkResponse({ type: [QuestionCategoryNodeResponse], description: 'The tree, flat: parents before children' })
  categoryTree(@Param('bankId', ParseUUIDPipe) bankId: string): Promise<QuestionCategoryNode[]> {
    return this.categories.list(bankId);
  }

  @Post(':bankId/categories')
  @ApiCreatedResponse({ type: QuestionCategoryNodeResponse })
  createCategory(@RequestUser() actor: AuthUser, @Param('bankId', ParseUUIDPipe) bankId: string, @Body() dto: CreateQuestionCategoryDto): Promise<QuestionCategoryNode> {
    return this.categories.create(actor, bankId, dto);
  }

  @Patch(':bankId/categories/:id')
  @ApiOkResponse({ type: QuestionCategoryNodeResponse })
  updateCategory(
    @RequestUser() actor: AuthUser,
    @Param('bankId', ParseUUIDPipe) bankId: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateQuestionCategoryDto,
  ): Promise<QuestionCategoryNode> {
    return this.categories.update(actor, bankId, id, dto);
  }

  @Delete(':bankId/categories/:id')
  @HttpCode(204)
  removeCategory(
    @RequestUser() actor: AuthUser,
    @Param('bankId', ParseUUIDPipe) bankId: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: DeleteQuestionCategoryQueryDto,
  ): Promise<void> {
    return this.categories.remove(actor, bankId, id, query.moveTo);
  }
}
