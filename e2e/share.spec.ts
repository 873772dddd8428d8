// Sharing and saving through the real UI: Copy link, Export network and
// Import network carry a network and its settings into a fresh browser
// profile; damaged links and files raise an alert and change nothing.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { encodeDocumentForUrl } from '../src/core/document/link';
import { restoreDocument } from '../src/core/document/restore';
import { expect, numericReadout, openApp, test } from './fixtures';
import { editNetwork, snapshot } from './networkSnapshot';

/** A page in a new browser context: a fresh profile with nothing saved. */
async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

const alert = (page: Page) => page.getByRole('alert');
/** Waits for a notice (role="status") that says `text`. */
const expectStatus = (page: Page, text: string) => expect(page.getByRole('status').filter({ hasText: text })).toBeVisible();

/** A network document as a file to choose. */
const jsonFile = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

/** The document of the Blank preset, as a file would hold it, with changes. */
function blankDocument(changes: { name?: string; layerName?: string } = {}): string {
  const node = (id: string, type: string, params: Record<string, unknown> = {}) => ({ id, type, name: id, params });
  const nodes = [node('input', 'input'), node('flatten_1', 'flatten'), node('dense_1', 'dense', { units: 10, activation: 'softmax' })];
  if (changes.layerName) nodes[2].name = changes.layerName;
  return JSON.stringify({
    format: 'neural-playground',
    version: 3,
    name: changes.name ?? 'Blank from a file',
    graph: {
      nodes,
      edges: [
        { source: 'input', target: 'flatten_1' },
        { source: 'flatten_1', target: 'dense_1' },
      ],
    },
    settings: { optimizer: 'sgd', learningRate: 0.05 },
  });
}

test('Copy link: the link opened in a fresh profile gives the same network and settings, query kept', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await openApp(page, '?backend=cpu');
  const edited = await editNetwork(page);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expectStatus(page, 'Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/neural-playground\/\?backend=cpu#doc=[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(2_000);

  const other = await freshPage(browser);
  await other.goto(link);
  await expect(other.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 90_000 });
  await expect(other.getByTestId('param-count')).toHaveAttribute('data-value', edited.params);
  expect(await snapshot(other)).toEqual(edited);
  await expectStatus(other, 'Opened the network from the link');
  await expect(alert(other)).toHaveText('');
});

test('Copy link where the clipboard is refused: the link is shown selected in a text field', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
    });
  });
  await openApp(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: 'Link to this network' });
  await expect(field).toBeFocused();
  const link = await field.inputValue();
  expect(link).toMatch(/#doc=[A-Za-z0-9_-]+$/);
  expect(await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([0, link.length]);
  await expectStatus(page, 'copy it with Ctrl+C');
});

test('Export network, then Import network in a fresh profile, gives the same network and settings', async ({ page, browser }) => {
  await openApp(page);
  const edited = await editNetwork(page);
  await page.getByRole('textbox', { name: 'Network name' }).fill('Class demo');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export network' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Class demo.json');
  const path = test.info().outputPath('Class demo.json');
  await file.saveAs(path);
  expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ format: 'neural-playground', version: 3, name: 'Class demo' });

  const other = await freshPage(browser);
  await openApp(other);
  await other.getByLabel('Import network').setInputFiles(path);
  await expect(other.getByTestId('param-count')).toHaveAttribute('data-value', edited.params);
  expect(await snapshot(other)).toEqual(edited);
  await expect(other.getByRole('textbox', { name: 'Network name' })).toHaveValue('Class demo');
  await expectStatus(other, 'Opened “Class demo” from the file');

  await other.getByRole('button', { name: 'Undo' }).click();
  await expect(other.getByTestId('param-count')).toHaveAttribute('data-value', '109386');
});

test('a truncated file and a JSON file that is no network each raise an alert and change nothing', async ({ page }) => {
  await openApp(page);
  const before = await editNetwork(page);
  const good = blankDocument();
  const cases = [
    { file: jsonFile('cut.json', good.slice(0, good.length / 2)), words: /not valid JSON/ },
    { file: jsonFile('package.json', '{"name": "my-app", "version": "1.0.0", "dependencies": {}}'), words: /no "format": "neural-playground"/ },
  ];
  for (const { file, words } of cases) {
    await page.getByLabel('Import network').setInputFiles(file);
    const shown = alert(page).filter({ hasText: file.name });
    await expect(shown).toContainText('This file is not a Neural Playground network');
    await expect(shown).toContainText(words);
    await expect(shown).toContainText('Your network and settings are unchanged');
    expect(await snapshot(page)).toEqual(before);
  }
});

test('a garbage link raises an alert and leaves a usable network; a good link in the hash then opens', async ({ page }) => {
  await page.goto('./#doc=%%%this-is-no-network%%%');
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 90_000 });
  await expect(alert(page)).toContainText('The link is damaged');
  await expect(page.getByTestId('param-count')).toHaveAttribute('data-value', '109386');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(() => numericReadout(page, 'metric-batch'), { timeout: 60_000 }).toBe(1);

  // The LeNet-5 link saved when format version 2 was new must keep opening.
  const saved = readFileSync(new URL('../src/core/document/fixtures/lenet5-v2.link.txt', import.meta.url), 'utf8').trim();
  await page.evaluate((encoded) => (window.location.hash = `doc=${encoded}`), saved);
  await expect(page.getByTestId('param-count')).toHaveAttribute('data-value', '61706');
  await expect(page.getByRole('combobox', { name: 'Optimizer', exact: true })).toHaveValue('momentum');
  await expect(page.getByLabel('Learning rate', { exact: true })).toHaveValue('0.02');
  await expect(page.getByLabel('Batch size', { exact: true })).toHaveValue('128');
  await expect(page.getByRole('textbox', { name: 'Network name' })).toHaveValue('LeNet-5 for class');
});

test('a damaged link arriving in an open app raises an alert and keeps the network; markup in a link shows as text', async ({ page }) => {
  // WASM: the Step below trains the edited LeNet-5, a batch that takes CPU seconds.
  await openApp(page, '?backend=wasm');
  const before = await editNetwork(page);
  const saved = readFileSync(new URL('../src/core/document/fixtures/lenet5-v2.link.txt', import.meta.url), 'utf8').trim();
  const setHash = (hash: string) => page.evaluate((value) => (window.location.hash = value), hash);

  // A link cut off in the middle, as a chat program may leave it.
  await setHash(`doc=${saved.slice(0, Math.floor(saved.length / 2))}`);
  await expect(alert(page)).toContainText('The link is damaged');
  await expect(alert(page)).toContainText('Your network and settings are unchanged');
  expect(await snapshot(page)).toEqual(before);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(() => numericReadout(page, 'metric-batch'), { timeout: 60_000 }).toBe(1);

  const payload = '<img src=x onerror=window.__xss=1>';
  const restored = restoreDocument(blankDocument({ name: payload }));
  if (!restored.ok) throw new Error('the test document does not restore');
  await setHash(`doc=${encodeDocumentForUrl(restored.document)}`);
  await expect(page.getByRole('textbox', { name: 'Network name' })).toHaveValue(payload);
  await expect(page.getByTestId('param-count')).toHaveAttribute('data-value', '7850');
  await expectStatus(page, `Opened “${payload}” from the link`);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test('markup in a document is never run: names show as text', async ({ page }) => {
  const payload = '<img src=x onerror=window.__xss=1>';
  await openApp(page);

  await page.getByLabel('Import network').setInputFiles(jsonFile('names.json', blankDocument({ layerName: payload })));
  await expect(alert(page)).toContainText(`The layer name "${payload}" cannot name a TensorFlow.js layer`);

  await page.getByLabel('Import network').setInputFiles(jsonFile('title.json', blankDocument({ name: payload })));
  await expectStatus(page, `Opened “${payload}” from the file`);
  await expect(page.getByRole('textbox', { name: 'Network name' })).toHaveValue(payload);
  await expect(page.getByTestId('param-count')).toHaveAttribute('data-value', '7850');

  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test('a network file dropped onto the builder opens', async ({ page }) => {
  await openApp(page);
  const builder = page.getByRole('region', { name: 'Network builder' });
  await expect(page.getByRole('group', { name: 'Layer dense_3' })).toBeVisible();
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return transfer;
  }, blankDocument({ name: 'Dropped' }));
  await builder.dispatchEvent('dragover', { dataTransfer });
  await builder.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('param-count')).toHaveAttribute('data-value', '7850');
  await expect(page.getByRole('combobox', { name: 'Optimizer', exact: true })).toHaveValue('sgd');
  await expectStatus(page, 'Opened “Dropped” from the file');
});
