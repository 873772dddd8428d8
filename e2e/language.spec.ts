// Two languages: a browser whose language is Chinese opens in 中文, the Language combobox (its
// name English in every locale) switches back, and the choice survives a reload.
import { expect, test } from './fixtures';

test.use({ locale: 'zh-CN' });

test('a Chinese browser opens in 中文; Language switches to English and the choice is remembered', async ({ page }) => {
  await page.goto('./');
  const language = page.getByRole('combobox', { name: 'Language', exact: true });
  await expect(language).toHaveValue('zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: '训练', exact: true })).toBeEnabled({ timeout: 90_000 });
  await expect(page.getByRole('combobox', { name: '学习率调度', exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '损失函数', exact: true }).locator('option:checked')).toHaveText('分类交叉熵');
  await expect(page.getByRole('heading', { name: '网络搭建器' })).toBeVisible();
  await expect(page.getByRole('button', { name: '添加 Dense 层' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toHaveCount(0);

  await language.selectOption({ label: 'English' });
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
  await expect(page.getByRole('combobox', { name: 'Learning rate schedule', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Network builder' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(language).toHaveValue('en');
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 90_000 });
  await expect(page.getByRole('button', { name: '训练', exact: true })).toHaveCount(0);
});
