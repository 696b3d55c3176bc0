import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BlobStore } from './blob-store';
import { FileUrlSigner } from './file-url-signer';
import { QuestionFile } from './question-file.entity';
import { QuestionFilesController } from './question-files.controller';
import { QuestionFilesService } from './question-files.service';

@Module({
  imports: [TypeOrmModule.forFeature([QuestionFile])],
  controllers: [QuestionFilesController],
  providers: [QuestionFilesService, BlobStore, FileUrlSigner],
  exports: [QuestionFilesService, BlobStore],
})
export class QuestionFilesModule {}
