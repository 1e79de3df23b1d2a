import type { Browser, Page } from 'playwright-core';

export interface OpenOptions {
  colorScheme?: 'light' | 'dark';
  width?: number;
}

/** Opens a page of the demo and waits until every element has rendered its data. */
export async function openPage(
  browser: Browser,
  url: string,
  options: OpenOptions = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  await page.goto(url);
  await settle(page);
  return { page, errors };
}

/** Waits for the four elements to be defined and to finish their current Lit update. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    ['nps-gauge', 'csat-card', 'churn-trend', 'ticket-heatmap'].every((tag) =>
      customElements.get(tag),
    ),
  );
  await page.evaluate(async () => {
    const tags = ['nps-gauge', 'csat-card', 'churn-trend', 'ticket-heatmap'];
    for (const el of document.querySelectorAll(tags.join(','))) {
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    }
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

/** `data-value` of every `[data-kpi]` figure, as numbers (null when the page shows none). */
export async function figures(page: Page): Promise<Record<string, number | null>> {
  return page.evaluate(() => {
    const out: Record<string, number | null> = {};
    for (const el of document.querySelectorAll<HTMLElement>('[data-kpi][data-value]')) {
      const v = el.dataset.value!;
      out[el.dataset.kpi!] = v === 'null' ? null : Number(v);
    }
    return out;
  });
}

/** A property of an element, serialised (results are plain data). */
export function property<T>(page: Page, selector: string, name: string): Promise<T> {
  return page.evaluate(
    ([s, n]) => JSON.parse(JSON.stringify((document.querySelector(s) as never)[n] ?? null)),
    [selector, name] as const,
  );
}

/** The text an element renders in its shadow root, whitespace collapsed. */
export function shadowText(page: Page, selector: string): Promise<string> {
  return page.evaluate(
    (s) => (document.querySelector(s)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
    selector,
  );
}
