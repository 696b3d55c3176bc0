import { expect, type Page, test } from '@playwright/test';
import path from 'node:path';

export const DEMO_PASSWORD = 'Pathwise!2026';

export type Locale = 'en' | 'zh-CN';

export interface DemoAccount {
  email: string;
  displayName: string;
  locale: Locale;
  /** Where the account lands after signing in. */
  home: RegExp;
  /** The home page's heading in the account's own language. */
  heading: string;
}

/** Demo accounts seeded by the API in embedded mode; their locale decides the portal's language. */
export const ACCOUNTS = {
  admin: {
    email: 'admin@pathwise.local',
    displayName: 'Alex Morgan',
    locale: 'en',
    home: /\/admin\/users$/,
    heading: 'Administration',
  },
  trainer1: {
    email: 'trainer1@pathwise.local',
    displayName: '陈老师 Chen Li',
    locale: 'zh-CN',
    home: /\/studio$/,
    heading: '培训工作台',
  },
  trainer2: {
    email: 'trainer2@pathwise.local',
    displayName: 'Sam Taylor',
    locale: 'en',
    home: /\/studio$/,
    heading: 'Trainer studio',
  },
  supervisor1: {
    email: 'supervisor1@pathwise.local',
    displayName: '周主管 Zhou Min',
    locale: 'zh-CN',
    home: /\/team$/,
    heading: '我的团队',
  },
  supervisor2: {
    email: 'supervisor2@pathwise.local',
    displayName: 'Jordan Lee',
    locale: 'en',
    home: /\/team$/,
    heading: 'My team',
  },
  agent01: {
    email: 'agent01@pathwise.local',
    displayName: '王芳',
    locale: 'zh-CN',
    home: /\/learn$/,
    heading: '我的学习',
  },
  agent11: {
    email: 'agent11@pathwise.local',
    displayName: '徐强',
    locale: 'zh-CN',
    home: /\/learn$/,
    heading: '我的学习',
  },
} satisfies Record<string, DemoAccount>;

/** A fresh browser context starts in English (Playwright's default locale is en-US). */
export async function signIn(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto('/login');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sign in to Pathwise' }),
  ).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Works in either language: the menu items carry test ids. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('menu-logout').click();
  await expect(page).toHaveURL(/\/login$/);
}

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** Screenshots go to e2e/portal/screenshots (git-ignored), named after the screen. */
export async function snapshot(page: Page, name: string): Promise<void> {
  const dir = path.resolve(test.info().project.testDir, '..', 'screenshots');
  await page.screenshot({
    path: path.join(dir, `${name}.png`),
    fullPage: true,
  });
}
