// Keras code in and out of the real app: the course's snippet imports with
// the course's parameter count, a wrong input shape is explained and changes
// nothing, and LeNet-5's export downloads a runnable script.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { choose, expect, openApp, readout, test } from './fixtures';

const COURSE_SNIPPET = `model = keras.Sequential([
    layers.Dense(1024, activation='relu', input_shape=(784,)),
    layers.Dropout(0.2),
    layers.Dense(1024, activation='relu'),
    layers.Dropout(0.2),
    layers.Dense(10, activation='softmax'),
])`;

const codeBox = (page: Page) => page.getByRole('textbox', { name: 'Keras code', exact: true });
const importButton = (page: Page) => page.getByRole('button', { name: 'Import Keras code', exact: true });

// One page for the three, in order (an app load each would be most of their time): the
// import is undone before the next test, and a refused import changes nothing.
test.describe.configure({ mode: 'serial' });

let page: Page;

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  await openApp(page);
});

test.afterAll(async () => {
  await page.close();
});

test('the course snippet imports with 1,863,690 parameters, and Undo brings the network back', async () => {
  const before = await readout(page, 'param-count');
  await codeBox(page).fill(COURSE_SNIPPET);
  await importButton(page).click();
  await expect(page.getByTestId('param-count')).toHaveAttribute('data-value', '1863690');
  await expect(page.getByRole('status').filter({ hasText: 'Imported 7 layers' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Layer flatten_1', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByTestId('param-count')).toHaveAttribute('data-value', before);
});

test('input_shape=(1000,) raises an alert saying the images have 784 values, and changes nothing', async () => {
  const before = await readout(page, 'param-count');
  await codeBox(page).fill(COURSE_SNIPPET.replace('784', '1000'));
  await importButton(page).click();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be imported' });
  await expect(alert).toContainText('Line 2');
  await expect(alert).toContainText('784 values');
  expect(await readout(page, 'param-count')).toBe(before);
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
});

test('Export Keras code of LeNet-5 downloads lenet5.py with build_model', async () => {
  await choose(page, 'Preset', 'LeNet-5');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Keras code', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('lenet5.py');
  const script = await readFile(await download.path(), 'utf8');
  expect(script).toContain('def build_model():');
  expect(script).toContain('61,706 trainable parameters');
  await expect(page.getByRole('region', { name: 'Exported Keras code' })).toContainText('def build_model');
});
