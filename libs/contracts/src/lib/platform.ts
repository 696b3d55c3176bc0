export interface HealthResponse {
  status: 'ok' | 'error';
  checks?: Record<string, { status: 'up' | 'down'; error?: string }>;
}

export interface AuditLogEntry {
  id: number;
  actor: { id: string; displayName: string } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  details: Record<string, unknown> | null;
  requestId: string | null;
  createdAt: string;
}

export interface CapabilityDimension {
  id: string;
  code: string;
  nameEn: string;
  nameZh: string;
  sortOrder: number;
}

export interface RuntimeInfo {
  mode: 'embedded' | 'production';
  version: string;
}
