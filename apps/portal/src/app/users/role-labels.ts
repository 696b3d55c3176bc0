import { Role } from '@pathwise/contracts';
import { MessageKey } from '../i18n/i18n.service';

export const ROLE_LABEL_KEYS: Record<Role, MessageKey> = {
  [Role.Agent]: 'role.agent',
  [Role.Trainer]: 'role.trainer',
  [Role.Supervisor]: 'role.supervisor',
  [Role.Admin]: 'role.admin',
};
