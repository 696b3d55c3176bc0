import { ApiProperty } from '@nestjs/swagger';
import { TeamDetail, TeamSummary } from '@pathwise/contracts';

class PersonRefResponse {
  @ApiProperty() id!: string;
  @ApiProperty() displayName!: string;
}

class TeamMemberResponse extends PersonRefResponse {
  @ApiProperty() email!: string;
  @ApiProperty() active!: boolean;
}

export class TeamSummaryResponse implements TeamSummary {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'Customer Care A' }) name!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: PersonRefResponse, nullable: true }) supervisor!: PersonRefResponse | null;
  @ApiProperty() memberCount!: number;
}

export class TeamDetailResponse extends TeamSummaryResponse implements TeamDetail {
  @ApiProperty({ type: [TeamMemberResponse] }) members!: TeamMemberResponse[];
}
