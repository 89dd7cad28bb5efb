// A mistyped address gets a clear page with a way back, not a bare error.
import { expect, test } from '@playwright/test';

test('an unknown address answers 404 with a page that says so and links back to the story', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/does not exist/);
  await page.getByRole('link', { name: /read the story/i }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('[data-scrolly]').first()).toBeAttached();
});
