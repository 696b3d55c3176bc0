import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, QuestionFileUpload } from '@pathwise/contracts';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { DomainException, notFound } from '../common/domain.exception';
import { QuestionBank } from '../question-banks/question-bank.entity';
import { BlobStore } from './blob-store';
import { toSignedUrls } from './file-references';
import { FileUrlSigner } from './file-url-signer';
import { IMAGE_TYPES, sniffImageType } from './image-type';
import { QuestionFile } from './question-file.entity';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

export interface NewBankFile {
  name: string;
  data: Uint8Array;
}

@Injectable()
export class QuestionFilesService {
  constructor(
    @InjectRepository(QuestionFile) private readonly files: Repository<QuestionFile>,
    private readonly blobs: BlobStore,
    private readonly signer: FileUrlSigner,
    private readonly audit: AuditService,
  ) {}

  async upload(actor: AuthUser, bankId: string, bytes: Buffer, name: string): Promise<QuestionFileUpload> {
    const file = await this.files.manager.transaction(async (manager) => {
      if (!(await manager.exists(QuestionBank, { where: { id: bankId } }))) throw notFound('Question bank');
      const problem = imageProblem(bytes);
      const code = bytes.byteLength > MAX_IMAGE_BYTES ? ErrorCode.PayloadTooLarge : ErrorCode.UnsupportedMediaType;
      if (problem) throw new DomainException(code, problem, [{ field: 'file', message: problem }]);
      const [stored] = await this.storeMany(manager, actor, bankId, [{ name, data: bytes }]);
      await this.audit.record(actor, { action: 'question-file.upload', entityType: 'question_file', entityId: stored.id, details: { bankId, name: stored.name, size: stored.size } }, manager);
      return stored;
    });
    return { id: file.id, url: this.signer.url(file.id), name: file.name, mimeType: file.mimeType, size: file.size };
  }

  /** Stores images (bytes first, then rows in the caller's transaction); identical bytes in a bank share one row. Callers check `imageProblem` first. */
  async storeMany(manager: EntityManager, actor: AuthUser | null, bankId: string, files: NewBankFile[]): Promise<QuestionFile[]> {
    const stored: QuestionFile[] = [];
    for (const file of files) {
      const sha256 = await this.blobs.put(file.data);
      const existing = await manager.findOne(QuestionFile, { where: { bankId, sha256 } });
      if (existing) {
        stored.push(existing);
        continue;
      }
      const row = manager.create(QuestionFile, {
        bankId,
        sha256,
        name: safeFileName(file.name),
        mimeType: sniffImageType(file.data) as string,
        size: file.data.byteLength,
        createdById: actor?.id ?? null,
      });
      stored.push(await manager.save(row));
    }
    return stored;
  }

  /** The bytes behind a signed URL; the signature is the permission. */
  async read(fileId: string, expires: number, signature: string): Promise<{ file: QuestionFile; bytes: Buffer }> {
    if (!this.signer.verify(fileId, expires, signature)) throw new DomainException(ErrorCode.Forbidden, 'This image link has expired or is not valid; reload the page');
    const file = await this.files.findOne({ where: { id: fileId } });
    if (!file) throw notFound('File');
    return { file, bytes: await this.blobs.get(file.sha256) };
  }

  /** Replaces stored file references with URLs valid for the next hour or so. */
  signHtml(html: string): string {
    return toSignedUrls(html, (id) => this.signer.url(id));
  }

  /** A question may show only images of its own bank. */
  async assertInBank(manager: EntityManager, bankId: string, fileIds: string[]): Promise<void> {
    const ids = [...new Set(fileIds)];
    if (!ids.length) return;
    const found = await manager.count(QuestionFile, { where: { id: In(ids), bankId } });
    if (found !== ids.length) {
      throw new DomainException(ErrorCode.ValidationFailed, 'An image in the question is not a file of this bank; upload it again', [{ field: 'definition', message: 'Unknown image', code: 'unknown_image' }]);
    }
  }

  async findByIds(ids: string[]): Promise<QuestionFile[]> {
    return ids.length ? this.files.find({ where: { id: In(ids) } }) : [];
  }

  async bytesOf(file: QuestionFile): Promise<Buffer> {
    return this.blobs.get(file.sha256);
  }
}

/** Why these bytes cannot be a question image, or null when they can. */
export function imageProblem(bytes: Uint8Array): string | null {
  if (bytes.byteLength > MAX_IMAGE_BYTES) return `Images may be at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB`;
  if (!sniffImageType(bytes)) return `Only ${IMAGE_TYPES.map((type) => type.replace('image/', '').toUpperCase()).join(', ')} images can be used in questions`;
  return null;
}

function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const base = name.replace(/^.*[\\/]/, '').replace(/[\u0000-\u001f"<>]/g, '').trim();
  return (base || 'image').slice(0, 255);
}
