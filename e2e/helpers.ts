import { expect, type Page } from '@playwright/test';

export async function answer(
  page: Page,
  finding: string,
  value: 'Yes' | 'No' | 'Not asked',
): Promise<void> {
  await page
    .locator(`#finding-${finding} label`, { hasText: new RegExp(`^\\s*${value}\\s*$`) })
    .click();
}

export async function verdict(page: Page, modality: string): Promise<string | null> {
  return page.locator(`[data-modality="${modality}"]`).getAttribute('data-verdict');
}

export async function expectVerdicts(page: Page, expected: Record<string, string>): Promise<void> {
  for (const [modality, v] of Object.entries(expected)) {
    await expect(page.locator(`[data-modality="${modality}"]`)).toHaveAttribute('data-verdict', v);
  }
}

export async function openPatients(page: Page): Promise<void> {
  await page.goto('/patients');
  await expect(page.locator('[data-patient]').first()).toBeVisible();
}
