// What a person sees of a network (parameter count, layers, settings), and an
// edit of a preset that no default gives: shared by the specs that carry a
// network somewhere (a link, a file, a reload) and back.
import type { Page } from '@playwright/test';
import { choose, expect, readout, setField } from './fixtures';

/** What a person sees of a network: its parameter count, its layers and its settings. */
export interface Snapshot {
  params: string;
  layers: string[];
  optimizer: string;
  learningRate: string;
  batchSize: string;
}

export async function snapshot(page: Page): Promise<Snapshot> {
  const layerGroups = page.getByRole('group', { name: /^Layer / });
  await expect(layerGroups.first()).toBeVisible();
  const optimizer = page.getByRole('combobox', { name: 'Optimizer', exact: true });
  return {
    params: await readout(page, 'param-count'),
    layers: await layerGroups.evaluateAll((groups) => groups.map((g) => g.getAttribute('aria-label') ?? '')),
    optimizer: await optimizer.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? ''),
    learningRate: await page.getByLabel('Learning rate', { exact: true }).inputValue(),
    batchSize: await page.getByLabel('Batch size', { exact: true }).inputValue(),
  };
}

/** LeNet-5 with a Dense layer added, RMSprop at 0.003 and batches of 32: nothing a default gives. */
export async function editNetwork(page: Page): Promise<Snapshot> {
  await choose(page, 'Preset', 'LeNet-5');
  await page.getByRole('button', { name: 'Add Dense layer' }).click();
  await choose(page, 'Optimizer', 'RMSprop');
  await setField(page, 'Learning rate', '0.003');
  await setField(page, 'Batch size', '32');
  const edited = await snapshot(page);
  expect(edited.layers).toHaveLength(10);
  expect(edited.params).not.toBe('61706');
  return edited;
}

