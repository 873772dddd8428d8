// Fashion-MNIST end to end: choosing it in the Dataset combobox loads it
// (the readiness text names it), one epoch of MLP 128-64-10 with Adam 0.001
// on 10,000 training samples reaches at least 0.78 test accuracy, and the
// class names appear in every view that shows a class. Switching back to
// MNIST clears that run and loads MNIST again (from the worker's memory).
import type { Page } from '@playwright/test';
import { choose, expect, numericReadout, openApp, readout, setField, test, waitForState } from './fixtures';

test.describe.configure({ mode: 'serial' });

const NAMES = ['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot'];

let page: Page;

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  await openApp(page);
});

test.afterAll(async () => {
  await page.close();
});

/** Paints a filled rectangle (a rough bag) on the drawing canvas with the mouse. */
async function drawFilledBox(): Promise<void> {
  const canvas = page.locator('canvas[aria-label="Draw a digit"]');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the drawing canvas is not visible');
  for (let row = 0; row <= 12; row += 1) {
    const y = box.y + box.height * (0.3 + (0.45 * row) / 12);
    await page.mouse.move(box.x + box.width * 0.2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, y, { steps: 6 });
    await page.mouse.up();
  }
}

test('choosing Fashion-MNIST loads it, and the readiness text and the canvas say so', async () => {
  await choose(page, 'Dataset', 'Fashion-MNIST');
  const summary = page.getByTestId('data-summary');
  await expect(summary).toHaveAttribute('data-value', 'fashionMnist', { timeout: 90_000 });
  await expect(summary).toContainText('Fashion-MNIST ready: 55,000 training, 5,000 validation and 10,000 test images');
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
  await expect(page.getByText('Draw a piece of clothing', { exact: false })).toBeVisible();
});

test('one epoch of MLP 128-64-10 on 10,000 samples: test accuracy at least 0.78, classes named in the confusion matrix', async () => {
  test.setTimeout(200_000);
  await choose(page, 'Preset', 'MLP 128-64-10');
  await choose(page, 'Optimizer', 'Adam');
  await setField(page, 'Learning rate', '0.001');
  await setField(page, 'Batch size', '64');
  await setField(page, 'Epochs', '1');
  await setField(page, 'Training samples', '10000');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  expect(await waitForState(page, ['done', 'error'], 170_000)).toBe('done');

  const accuracy = await numericReadout(page, 'metric-test-accuracy');
  test.info().annotations.push({ type: 'test accuracy', description: String(accuracy) });
  expect(accuracy).toBeGreaterThanOrEqual(0.78);
  expect(await numericReadout(page, 'metric-batch')).toBe(Math.ceil(10_000 / 64));

  const matrix = page.getByTestId('confusion-matrix');
  await expect(matrix.locator('td')).toHaveCount(100);
  const columns = (await matrix.locator('thead th').allInnerTexts()).slice(1).map((text) => text.trim());
  const rows = (await matrix.locator('tbody th').allInnerTexts()).map((text) => text.trim());
  expect(columns).toEqual(NAMES);
  expect(rows).toEqual(NAMES);
  const counts = (await matrix.locator('td').allInnerTexts()).map((text) => Number(text.trim()));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(10_000);
  const diagonal = counts.filter((_, i) => i % 11 === 0).reduce((a, b) => a + b, 0);
  expect(diagonal / 10_000).toBeCloseTo(accuracy, 12);
});

test('precision/recall/F1, ROC legend, mistakes and predictions name the classes', async () => {
  const report = page.getByTestId('class-report');
  expect((await report.locator('tbody th').allInnerTexts()).map((text) => text.trim())).toEqual(NAMES);
  await expect(page.getByTestId('roc-chart').locator('.roc-legend__item')).toHaveText(NAMES.map((name) => new RegExp(`^${name.replace('/', '\\/')}`)));
  const mistake = page.getByTestId('mistakes-gallery').getByTestId('mistake').first();
  const truth = NAMES[Number(await mistake.getAttribute('data-label'))];
  await expect(mistake.locator('.mistake__truth')).toContainText(`a ${truth}, seen as`);

  await page.getByTestId('prediction-grid').scrollIntoViewIfNeeded();
  const cells = page.getByTestId('prediction-grid').getByTestId('prediction');
  await expect(cells).toHaveCount(24);
  const labels = await cells.evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-label'))));
  expect(new Set(labels).size).toBe(10);
  const first = cells.first();
  const guess = NAMES[Number(await first.getAttribute('data-predicted'))];
  await expect(first.locator('.prediction-cell__guess')).toContainText(guess);
});

test('a drawing gets probabilities for the ten kinds of clothing', async () => {
  await drawFilledBox();
  const prediction = page.getByTestId('draw-prediction');
  await expect(prediction).toHaveAttribute('data-value', /^[0-9]$/);
  await expect(prediction).toHaveText(NAMES[Number(await readout(page, 'draw-prediction'))]);
  const bars = page.getByRole('list', { name: 'Probability of each class' }).locator('li');
  await expect(bars).toHaveCount(10);
  await expect(bars.first()).toContainText('T-shirt/top');
  await expect(bars.last()).toContainText('Ankle boot');
  await page.getByRole('button', { name: 'Clear drawing' }).click();
});

test('switching back to MNIST clears the run and names digits again', async () => {
  await choose(page, 'Dataset', 'MNIST');
  const summary = page.getByTestId('data-summary');
  await expect(summary).toHaveAttribute('data-value', 'mnist', { timeout: 90_000 });
  await expect(summary).toContainText('MNIST ready');
  await expect(page.getByTestId('training-state')).toHaveAttribute('data-value', 'idle');
  await expect(page.getByTestId('confusion-matrix')).toHaveCount(0);
  await expect(page.getByText('Draw a digit from 0 to 9', { exact: false })).toBeVisible();
  expect(await readout(page, 'metric-test-accuracy')).toBe('');
});
