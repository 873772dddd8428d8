// The visual network builder, driven like a person would: palette buttons,
// drag and drop from the palette, wires drawn with the mouse, the properties
// panel, Undo, and a real training step on what was built.
import type { Locator, Page } from '@playwright/test';
import { choose, expect, numericReadout, openApp, test, waitForState } from './fixtures';

const layer = (page: Page, name: string): Locator => page.getByRole('group', { name: `Layer ${name}`, exact: true });
const button = (page: Page, name: string): Locator => page.getByRole('button', { name, exact: true });
/** The page's alert listing network problems that stop training. */
const networkAlert = (page: Page): Locator => page.getByRole('alert').filter({ hasText: "can't start" });
const paramCount = (page: Page): Promise<number> => numericReadout(page, 'param-count');

/** Presses the mouse on one element's centre, moves to another's in small steps, releases. */
async function dragWithMouse(page: Page, from: Locator, to: Locator): Promise<void> {
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('both ends of the drag must be on screen');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** Draws a wire from one layer's output handle to another layer's input handle. */
async function wire(page: Page, from: string, to: string): Promise<void> {
  await dragWithMouse(page, layer(page, from).locator('.react-flow__handle.source'), layer(page, to).locator('.react-flow__handle.target'));
}

/** Presses Step and waits for exactly one batch with a finite loss. */
async function stepOnce(page: Page): Promise<void> {
  await button(page, 'Step').click();
  await expect.poll(() => numericReadout(page, 'metric-batch'), { timeout: 60_000 }).toBe(1);
  await waitForState(page, ['paused', 'idle', 'done']);
  expect(await numericReadout(page, 'metric-batch')).toBe(1);
  expect(Number.isFinite(await numericReadout(page, 'metric-train-loss'))).toBe(true);
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await choose(page, 'Preset', 'Blank');
  await expect(page.getByTestId('param-count')).toHaveCount(1);
  expect(await paramCount(page)).toBe(7850);
});

test('Add Dense, Units 32, Delete layer and Undo change the parameter count; Step trains one batch', async ({ page }) => {
  await button(page, 'Add Dense layer').click();
  await expect(layer(page, 'dense_2')).toBeVisible();
  const units = page.getByRole('spinbutton', { name: 'Units', exact: true });
  await expect(units).toHaveCount(1);
  await units.fill('32');
  await units.blur();
  await expect.poll(() => paramCount(page)).toBe(25_450);
  await expect(layer(page, 'dense_2')).toContainText('32 units');
  await expect(page.getByTestId('formula-layer').locator('annotation')).toHaveText(/W x \+ b/);

  await button(page, 'Delete layer').click();
  await expect(layer(page, 'dense_2')).toHaveCount(0);
  await expect.poll(() => paramCount(page)).toBe(7850);

  await button(page, 'Undo').click();
  await expect.poll(() => paramCount(page)).toBe(25_450);
  await expect(units).toHaveValue('32');

  // The keyboard shortcuts walk the same history.
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(() => paramCount(page)).toBe(7850);
  await page.keyboard.press('Control+Z');
  await expect.poll(() => paramCount(page)).toBe(25_450);

  // An out-of-range value is kept as typed and flagged, never clamped.
  await units.fill('5000');
  await expect(units).toHaveValue('5000');
  await expect(units).toHaveAttribute('aria-invalid', 'true');
  await expect(button(page, 'Train')).toBeDisabled();
  await button(page, 'Undo').click();
  await expect(units).toHaveValue('32');

  await stepOnce(page);
});

test('a Conv2D after the flatten shows an alert, a problem on the node and a disabled Train; Undo clears it', async ({ page }) => {
  await layer(page, 'flatten_1').click();
  await button(page, 'Add Conv2D layer').click();
  const conv = layer(page, 'conv2d_1');
  await expect(conv).toContainText('needs an image-shaped input');
  await expect(networkAlert(page)).toContainText('conv2d_1 needs an image-shaped input');
  await expect(button(page, 'Train')).toBeDisabled();
  await expect(button(page, 'Step')).toBeDisabled();

  // The problem list links to the layer.
  await layer(page, 'input').click();
  // The issue is listed twice, each a link to the layer: in the page's alert and under the totals.
  await expect(page.getByRole('alert').getByRole('button', { name: 'Go to conv2d_1' })).toBeVisible();
  await page.getByRole('button', { name: 'Go to conv2d_1' }).first().click();
  await expect(conv).toBeFocused();
  await expect(page.getByRole('spinbutton', { name: 'Filters' })).toBeVisible();

  // The Delete key removes the focused layer; Undo brings it back, Undo again removes the added layer.
  await page.keyboard.press('Delete');
  await expect(conv).toHaveCount(0);
  await button(page, 'Undo').click();
  await expect(conv).toContainText('needs an image-shaped input');
  await button(page, 'Undo').click();
  await expect(conv).toHaveCount(0);
  await expect(networkAlert(page)).toHaveCount(0);
  await expect(button(page, 'Train')).toBeEnabled();
});

test('a network built by dragging from the palette and wiring with the mouse trains', async ({ page }) => {
  // Mouse drags need the whole canvas on screen; it sits below the training panel.
  await page.locator('.builder-canvas').evaluate((canvas) => canvas.scrollIntoView({ block: 'center' }));
  await layer(page, 'dense_1').click();
  await button(page, 'Delete layer').click();
  await expect(layer(page, 'dense_1')).toHaveCount(0);

  // Drop a Dense layer below the flatten: it arrives unwired and selected.
  const canvas = page.locator('.builder-canvas');
  const canvasBox = await canvas.boundingBox();
  const flattenBox = await layer(page, 'flatten_1').boundingBox();
  if (!canvasBox || !flattenBox) throw new Error('the canvas must be on screen');
  await button(page, 'Add Dense layer').dragTo(canvas, {
    targetPosition: { x: flattenBox.x - canvasBox.x + flattenBox.width / 2, y: flattenBox.y - canvasBox.y + 190 },
  });
  const dense = layer(page, 'dense_1');
  await expect(dense).toContainText('is not connected');
  await expect(button(page, 'Train')).toBeDisabled();

  await wire(page, 'flatten_1', 'dense_1');
  await expect(dense).not.toContainText('is not connected');

  // A wire that would close a loop is refused, with the reason shown.
  await wire(page, 'dense_1', 'flatten_1');
  await expect(page.getByRole('status').filter({ hasText: 'would make a loop' })).toBeVisible();

  await dense.click();
  await page.getByRole('spinbutton', { name: 'Units' }).fill('10');
  await choose(page, 'Activation', 'Softmax');
  await expect.poll(() => paramCount(page)).toBe(7850);

  // Insert a hidden layer and a dropout with the Add buttons.
  await layer(page, 'flatten_1').click();
  await button(page, 'Add Dense layer').click();
  await page.getByRole('spinbutton', { name: 'Units' }).fill('32');
  await button(page, 'Add Dropout layer').click();
  await expect(page.getByRole('spinbutton', { name: 'Rate' })).toHaveValue('0.5');
  await expect.poll(() => paramCount(page)).toBe(25_450);
  await expect(networkAlert(page)).toHaveCount(0);

  // Dragging a layer moves it as one Undo step.
  const moved = layer(page, 'flatten_1');
  const start = await moved.boundingBox();
  if (!start) throw new Error('flatten_1 must be on screen');
  await page.mouse.move(start.x + 30, start.y + 20);
  await page.mouse.down();
  await page.mouse.move(start.x + 130, start.y + 20, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => ((await moved.boundingBox())?.x ?? 0) - start.x).toBeGreaterThan(80);
  await button(page, 'Undo').click();
  await expect.poll(async () => Math.abs(((await moved.boundingBox())?.x ?? 0) - start.x)).toBeLessThan(2);
  expect(await paramCount(page)).toBe(25_450);

  // Keyboard: arrows walk the graph, Enter opens the properties.
  await layer(page, 'input').focus();
  await page.keyboard.press('ArrowDown');
  await expect(layer(page, 'flatten_1')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(layer(page, 'dense_2')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('spinbutton', { name: 'Units' })).toBeFocused();

  await stepOnce(page);
});

test('Small ResNet shows no alert and Step trains it', async ({ page }) => {
  await choose(page, 'Preset', 'Small ResNet');
  await expect(layer(page, 'add_2')).toBeVisible();
  await expect(networkAlert(page)).toHaveCount(0);
  await expect(button(page, 'Train')).toBeEnabled();
  await stepOnce(page);

  await button(page, 'Undo').click();
  await expect(layer(page, 'add_2')).toHaveCount(0);
  expect(await paramCount(page)).toBe(7850);
});
