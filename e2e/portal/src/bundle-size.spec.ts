import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { ACCOUNTS, signIn } from './support/portal';

/** What an agent's browser downloads to show its landing page, gzip-compressed as a server would send it. */
const AGENT_LANDING_BUDGET_KB = 400;

test('the agent landing route loads under 400 kB of compressed JavaScript, none of the trainer or admin areas', async ({
  page,
}) => {
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.body().catch(() => null);
    if (body)
      scripts.set(new URL(response.url()).pathname, gzipSync(body).length);
  });
  await signIn(page, ACCOUNTS.agent01.email);
  await expect(page).toHaveURL(/\/learn$/);
  // The home's last lazy parts: the team card and the exams card (its own request).
  await expect(page.getByTestId('my-teams')).toBeVisible();
  await expect(page.getByTestId('card-exams-summary')).toBeVisible();

  const totalKb =
    [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0) / 1024;
  console.log(
    `agent landing route: ${scripts.size} scripts, ${totalKb.toFixed(1)} kB gzip`,
  );
  expect(totalKb).toBeLessThan(AGENT_LANDING_BUDGET_KB);
  // Lazy areas stay lazy: no chunk named after a studio or admin page is fetched for an agent.
  const body = await Promise.all(
    [...scripts.keys()].map((path) =>
      page.request.get(path).then((r) => r.text()),
    ),
  );
  expect(body.some((source) => source.includes('exams.builder.title'))).toBe(
    false,
  );
  expect(body.some((source) => source.includes('audit-log'))).toBe(false);
});
