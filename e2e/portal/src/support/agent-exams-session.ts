import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { signIn } from './portal';

/**
 * Signs an agent in and switches the portal to English (demo agents default to Chinese); the
 * choice is saved to the account, so a retry may find it English already.
 */
export async function signInAsAgentInEnglish(
  page: Page,
  email: string,
): Promise<void> {
  await signIn(page, email);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/^(我的学习|My learning)$/);
  if ((await page.locator('html').getAttribute('lang')) !== 'en') {
    // Wait for the profile to take the choice: a full page load applies the account's language.
    const saved = page.waitForResponse(
      (r) =>
        r.url().endsWith('/api/auth/me') && r.request().method() === 'PATCH',
    );
    await page.getByTestId('language-toggle').click();
    expect((await saved).ok()).toBe(true);
  }
  await expect(heading).toHaveText('My learning');
}

/** Serious and critical WCAG 2.1 A/AA violations only, as the other portal specs check. */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(serious).toEqual([]);
}

/** "04:59" or "1:02:03" as seconds. */
export function clockSeconds(text: string): number {
  return text
    .trim()
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);
}
