export interface TeamSummary {
  id: string;
  name: string;
  description: string | null;
  supervisor: { id: string; displayName: string } | null;
  memberCount: number;
}

export interface TeamDetail extends TeamSummary {
  members: { id: string; displayName: string; email: string; active: boolean }[];
}

export interface CreateTeamRequest {
  name: string;
  description?: string;
  supervisorId?: string | null;
  memberIds?: string[];
}

export interface UpdateTeamRequest {
  name?: string;
  description?: string | null;
  supervisorId?: string | null;
}

export interface SetTeamMembersRequest {
  memberIds: string[];
}
