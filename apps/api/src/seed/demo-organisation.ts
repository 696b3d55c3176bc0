import { Role } from '@pathwise/contracts';

export const DEMO_PASSWORD = 'Pathwise!2026';

const AGENT_NAMES = [
  '王芳', '李娜', '张伟', '刘洋', '陈静', '杨磊', '赵敏', '黄丽', '周杰', '吴婷',
  '徐强', '孙悦', '马超', '朱琳', '胡斌', '郭佳', '何敏', '高鹏', '林雪', '罗刚',
];

export interface DemoUser {
  email: string;
  displayName: string;
  roles: Role[];
  locale: 'en' | 'zh-CN';
  team?: 'Customer Care A' | 'Customer Care B';
  supervises?: 'Customer Care A' | 'Customer Care B';
}

/** 1 admin, 2 trainers, 2 supervisors, 2 teams of 10 agents: enough to try every screen. */
export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@pathwise.local', displayName: 'Alex Morgan', roles: [Role.Admin], locale: 'en' },
  { email: 'trainer1@pathwise.local', displayName: '陈老师 Chen Li', roles: [Role.Trainer], locale: 'zh-CN' },
  { email: 'trainer2@pathwise.local', displayName: 'Sam Taylor', roles: [Role.Trainer], locale: 'en' },
  { email: 'supervisor1@pathwise.local', displayName: '周主管 Zhou Min', roles: [Role.Supervisor], locale: 'zh-CN', supervises: 'Customer Care A' },
  { email: 'supervisor2@pathwise.local', displayName: 'Jordan Lee', roles: [Role.Supervisor], locale: 'en', supervises: 'Customer Care B' },
  ...AGENT_NAMES.map((name, index): DemoUser => ({
    email: `agent${String(index + 1).padStart(2, '0')}@pathwise.local`,
    displayName: name,
    roles: [Role.Agent],
    locale: 'zh-CN',
    team: index < 10 ? 'Customer Care A' : 'Customer Care B',
  })),
];

export const DEMO_TEAMS = [
  { name: 'Customer Care A', description: 'First-line hotline, mobile products' },
  { name: 'Customer Care B', description: 'First-line hotline, broadband and trade-in' },
] as const;
