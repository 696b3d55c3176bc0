/** The four roles of Pathwise. A user may hold several. */
export enum Role {
  Agent = 'agent',
  Trainer = 'trainer',
  Supervisor = 'supervisor',
  Admin = 'admin',
}

export const ALL_ROLES: readonly Role[] = [Role.Agent, Role.Trainer, Role.Supervisor, Role.Admin];

/** Which area a user lands on when they hold several roles: the most powerful first. */
export const ROLE_LANDING_PRIORITY: readonly Role[] = [Role.Admin, Role.Trainer, Role.Supervisor, Role.Agent];

export const SUPPORTED_LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
