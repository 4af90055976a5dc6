import { expect, test, type Page } from '@playwright/test';
import { openPatients } from './helpers';

/** Clinical safety v2 (issue 16) as the clinician meets it on the patient page. */

async function importCase(page: Page, file: string, id: string): Promise<void> {
  await openPatients(page);
  await page.getByLabel('Import case').setInputFiles(`e2e/fixtures/${file}`);
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText(
    '1 file(s) imported, 0 refused',
  );
  await page.goto(`/patients/${id}`);
  await expect(page.locator('[data-urgency]')).toBeVisible();
}

const manipulation = (page: Page) => page.locator('[data-modality="cervical-manipulation"]');

test('a report negating uncovertebral arthrosis holds manipulation until "Confirm absent" (FS-7)', async ({
  page,
}, info) => {
  await importCase(page, 'safety-negated-uca.json', 'safety-negated-uca');
  const reading = page.locator('[data-mention="uncovertebral-arthrosis"]');
  await expect(reading).toHaveAttribute('data-status', 'negated');
  await expect(reading).toHaveAttribute('data-decision', 'none');

  // Machine-read text alone never clears: the finding stays unknown until confirmed.
  await expect(manipulation(page)).toHaveAttribute('data-verdict', 'not-cleared');
  await manipulation(page)
    .getByText(/Answer these to clear/)
    .click();
  await expect(
    manipulation(page).getByRole('link', { name: 'Uncovertebral arthrosis' }),
  ).toBeVisible();

  // "Confirm" (present) is never offered beside a negated reading.
  await expect(reading.getByRole('button', { name: /^Confirm present/ })).toHaveCount(0);
  await expect(reading.getByRole('button', { name: /^Reject/ })).toBeVisible();
  await info.attach('negated-before-confirm', {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });

  await reading.getByRole('button', { name: 'Confirm absent: Uncovertebral arthrosis' }).click();
  await expect(reading).toHaveAttribute('data-decision', 'absent');
  await expect(reading).toContainText('Confirmed absent');
  await expect(manipulation(page)).toHaveAttribute('data-verdict', 'clear');

  // The decision can be undone: back to unknown, back to not cleared.
  await reading.getByRole('button', { name: 'Undo decision on Uncovertebral arthrosis' }).click();
  await expect(reading).toHaveAttribute('data-decision', 'none');
  await expect(manipulation(page)).toHaveAttribute('data-verdict', 'not-cleared');

  // Confirmed again, it survives a reload (stored as the study's absentFindings).
  await reading.getByRole('button', { name: 'Confirm absent: Uncovertebral arthrosis' }).click();
  await expect(manipulation(page)).toHaveAttribute('data-verdict', 'clear');
  await expect(page.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved');
  await page.reload();
  await expect(manipulation(page)).toHaveAttribute('data-verdict', 'clear');
  await expect(page.locator('[data-mention="uncovertebral-arthrosis"]')).toHaveAttribute(
    'data-decision',
    'absent',
  );
});

test('new diplopia logged after a manipulation session turns the banner to emergency', async ({
  page,
}, info) => {
  await importCase(page, 'safety-after-manipulation.json', 'safety-after-manipulation');
  await expect(page.locator('[data-urgency]')).toHaveAttribute('data-urgency', 'none');
  await expect(page.locator('[data-session]')).toHaveCount(1);

  const form = page.getByRole('form', { name: 'Log a session' });
  await form.getByLabel('Modality').selectOption({ label: 'cervical manipulation / mobilisation' });
  await form.getByLabel('Pain before (0-10)').fill('4');
  await form.getByLabel('Pain after (0-10)').fill('3');
  await form.getByLabel('Dizziness (0-10)').fill('0');
  await form.getByLabel('Headache (0-10)').fill('0');
  await form.getByRole('checkbox', { name: 'Diplopia' }).check();
  await form.getByRole('button', { name: 'Add session' }).click();
  await expect(page.locator('[data-session]')).toHaveCount(2);

  await expect(page.locator('[data-urgency]')).toHaveAttribute('data-urgency', 'emergency');
  await expect(page.locator('[data-urgency]')).toContainText('Refer to emergency care now');
  for (const m of [
    'cervical-manipulation',
    'collar-zone-massage',
    'back-massage',
    'therapeutic-exercise',
  ])
    await expect(page.locator(`[data-modality="${m}"]`)).toHaveAttribute(
      'data-verdict',
      'contraindicated',
    );
  await info.attach('diplopia-after-manipulation', {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });
});

test('a report the reader cannot read says so beside it and in the warnings, linked to it (FS-8)', async ({
  page,
}) => {
  await importCase(page, 'safety-negated-uca.json', 'safety-negated-uca');
  await page
    .getByLabel('Report text')
    .fill('Признаки остеохондроза C5-C6, унковертебральный артроз.');
  await expect(page.locator('[data-not-read="0"]')).toContainText(
    'Not machine-read: read it and answer the questions',
  );
  const warning = page.locator('[data-warning="report-not-read"]');
  await expect(warning).toBeVisible();
  await warning.getByRole('link').click();
  await expect(page.locator('#study-0-report')).toBeFocused();
  await expect(page.locator('#study-0-report')).toBeInViewport();
  await expect(manipulation(page)).toHaveAttribute('data-verdict', 'not-cleared');
});

test('a stopped course shows on its modality’s card (COURSE-STOP-HOLD)', async ({ page }) => {
  await page.goto('/patients/demo-08');
  await expect(page.locator('[data-course-status]')).toHaveAttribute('data-course-status', 'stop');
  const card = page.locator('[data-modality="collar-zone-massage"]');
  await expect(card).not.toHaveAttribute('data-verdict', 'clear');
  await expect(card.locator('[data-stop-hold]')).toContainText('Course stopped');
  await expect(card.locator('[data-stop-hold]')).toContainText('COURSE-STOP-HOLD');
});
