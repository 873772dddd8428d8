// Reading the app's page the way the end-to-end tests do: by role, name and data-value.

/** The text of every non-empty role=alert element, its lines joined by ' · ', buttons left out (empty when there is none). */
export function alertText(page) {
  return page.evaluate(() => [...document.querySelectorAll('[role="alert"]')]
    .flatMap((element) => {
      const buttons = new Set([...element.querySelectorAll('button')].map((button) => button.innerText.trim()));
      return element.innerText.split('\n').map((line) => line.trim()).filter((line) => line && !buttons.has(line));
    })
    .join(' · '));
}

/** The data-value of a readout, or null when it is absent or empty. */
export async function readout(page, testId) {
  const value = await page.locator(`[data-testid="${testId}"]`).first().getAttribute('data-value', { timeout: 2_000 }).catch(() => null);
  return value === '' ? null : value;
}

/** First line of an error's message, for a table cell. */
export function firstLine(error) {
  return String(error instanceof Error ? error.message : error).split('\n')[0];
}
