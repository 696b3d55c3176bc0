import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { CapabilityDimension as CapabilityDimensionView } from '@pathwise/contracts';
import { Repository } from 'typeorm';
import { CapabilityDimension } from './capability-dimension.entity';

@ApiTags('capability-dimensions')
@ApiBearerAuth()
@Controller('capability-dimensions')
export class CapabilitiesController {
  constructor(@InjectRepository(CapabilityDimension) private readonly dimensions: Repository<CapabilityDimension>) {}

  @Get()
  async list(): Promise<CapabilityDimensionView[]> {
    const rows = await this.dimensions.find({ where: { active: true }, order: { sortOrder: 'ASC' } });
    return rows.map(({ id, code, nameEn, nameZh, sortOrder }) => ({ id, code, nameEn, nameZh, sortOrder }));
  }
}
