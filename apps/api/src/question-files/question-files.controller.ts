import { Controller, Get, Headers, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { QuestionFileUpload, Role } from '@pathwise/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthUser, Public, RequestUser, RequireRoles } from '../auth/auth-user';
import { rawBody, UPLOAD_TYPES } from '../common/raw-body';
import { QuestionFileUploadResponse, SignedFileQueryDto } from './dto/question-file.dto';
import { QuestionFilesService } from './question-files.service';

@ApiTags('question-banks')
@Controller()
export class QuestionFilesController {
  constructor(private readonly files: QuestionFilesService) {}

  @Post('question-banks/:bankId/files')
  @ApiBearerAuth()
  @RequireRoles(Role.Admin, Role.Trainer)
  @ApiConsumes('image/png', 'image/jpeg', 'image/gif', 'image/webp')
  @ApiBody({ schema: { type: 'string', format: 'binary' }, description: 'The image as the raw request body; name it in X-File-Name' })
  @ApiCreatedResponse({ type: QuestionFileUploadResponse })
  upload(
    @RequestUser() actor: AuthUser,
    @Param('bankId', ParseUUIDPipe) bankId: string,
    @Headers('x-file-name') fileName: string | undefined,
    @Req() request: FastifyRequest,
  ): Promise<QuestionFileUpload> {
    return this.files.upload(actor, bankId, rawBody(request, UPLOAD_TYPES.image), decodeFileName(fileName) ?? 'image');
  }

  /** Public by design: the signature in the query string, issued only with a question the caller may read, is the permission. */
  @Get('question-files/:id')
  @Public()
  @ApiOkResponse({ description: 'The image bytes' })
  async download(@Param('id', ParseUUIDPipe) id: string, @Query() query: SignedFileQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const { file, bytes } = await this.files.read(id, query.exp, query.sig);
    await reply
      .header('Content-Type', file.mimeType)
      .header('Cache-Control', 'private, max-age=3600')
      .header('Content-Security-Policy', "default-src 'none'")
      .header('X-Content-Type-Options', 'nosniff')
      .send(bytes);
  }
}

function decodeFileName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  try {
    return decodeURIComponent(header);
  } catch {
    return header;
  }
}
