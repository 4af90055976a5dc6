import { expect, test, type Page } from '@playwright/test';

async function logSession(page: Page, pain: number, extra: { painHours?: number } = {}) {
  const form = page.getByRole('form', { name: 'Log a session' });
  await form.getByLabel('Pain before (0-10)').fill(String(pain + 1));
  await form.getByLabel('Pain after (0-10)').fill(String(pain));
  await form.getByLabel('Dizziness (0-10)').fill('0');
  await form.getByLabel('Headache (0-10)').fill('1');
  await form.getByLabel('Pain lasted (h)').fill(String(extra.painHours ?? 12));
  await form.getByLabel('Redness lasted (h)').fill('4');
  await form.getByRole('button', { name: 'Add session' }).click();
}

async function newPatient(page: Page, name: string) {
  await page.goto('/patients');
  await page.getByLabel('New patient name').fill(name);
  await page.getByRole('button', { name: 'Create patient' }).click();
  // The new patient opens straight after creation.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.locator('[data-course-status]')).toHaveAttribute('data-course-status', 'none');
}

test('a course that goes well stays expected', async ({ page }, info) => {
  await newPatient(page, 'Course Good (synthetic)');
  for (const pain of [6, 6, 5, 4, 3, 2]) await logSession(page, pain);
  await expect(page.locator('[data-session]')).toHaveCount(6);
  await expect(page.locator('[data-course-status]')).toHaveAttribute(
    'data-course-status',
    'expected',
  );
  await expect(page.locator('.trend')).toContainText('clinically meaningful fall');
  await expect(page.locator('[data-chart="course"] path.line').first()).toBeVisible();
  await info.attach('course-good', {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });
});

test('72 h of pain after session 3 stops the course and flags that point', async ({
  page,
}, info) => {
  await newPatient(page, 'Course Wrong (synthetic)');
  await logSession(page, 6);
  await logSession(page, 5);
  await logSession(page, 5, { painHours: 72 });
  await expect(page.locator('[data-course-status]')).toHaveAttribute('data-course-status', 'stop');
  await expect(page.locator('[data-session="3"]')).toHaveClass(/flagged/);
  await expect(page.locator('[data-session="3"]')).toContainText('COURSE-STOP-PAIN-48H');
  await expect(page.locator('[data-chart="course"]')).toContainText('⚑3');
  // The stop is shown where the next session of that modality would be logged.
  await expect(page.locator('[data-stop-warning]')).toContainText('Stop');
  await page
    .getByRole('form', { name: 'Log a session' })
    .getByLabel('Modality')
    .selectOption({ label: 'therapeutic exercise' });
  await expect(page.locator('[data-stop-warning]')).toHaveCount(0);
  await info.attach('course-stop', {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });
});

test('delete a session with undo; medication more than 4 days is concerning', async ({ page }) => {
  await newPatient(page, 'Course Meds (synthetic)');
  await logSession(page, 5);
  await logSession(page, 4);
  await page.getByRole('button', { name: 'Delete session 2' }).click();
  await expect(page.locator('[data-session]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('[data-session]')).toHaveCount(2);

  const meds = page.getByRole('form', { name: 'Add medication' });
  await meds.getByLabel('Name').fill('ibuprofen');
  // Six days of ibuprofen ending this week (a run long over is no sign of this course).
  const day = (back: number) => new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10);
  await meds.getByLabel('Start').fill(day(8));
  await meds.getByLabel('End').fill(day(3));
  await meds.getByRole('button', { name: 'Add medication' }).click();
  await expect(page.locator('[data-course-status]')).toHaveAttribute(
    'data-course-status',
    'concerning',
  );
});
