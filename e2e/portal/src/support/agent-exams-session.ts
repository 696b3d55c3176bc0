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

/** "04:59" or "1:02:03" as seconds. */
export function clockSeconds(text: string): number {
  return text
    .trim()
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);
}
