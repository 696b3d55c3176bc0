import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CapabilitiesController } from './capabilities.controller';
import { CapabilityDimension } from './capability-dimension.entity';

@Module({
  imports: [TypeOrmModule.forFeature([CapabilityDimension])],
  controllers: [CapabilitiesController],
})
export class CapabilitiesModule {}
