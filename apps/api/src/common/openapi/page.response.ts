import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/** `Page<T>` for the OpenAPI document: generics do not survive to runtime, so each page type is named. */
export function PageResponse<T>(item: Type<T>, name: string) {
  class NamedPage {
    @ApiProperty({ type: [item] }) items!: T[];
    @ApiProperty() total!: number;
    @ApiProperty() page!: number;
    @ApiProperty() pageSize!: number;
  }
  Object.defineProperty(NamedPage, 'name', { value: name });
  return NamedPage;
}
