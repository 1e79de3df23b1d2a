import type { KpiTableToggleEvent } from '@tablero/components';
import type { StoryContext } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { part, shadowOf } from './shadow.js';

/**
 * The play function shared by the elements with a "view as table" toggle: it is a real button
 * in the tab order; Enter opens the table (and fires `kpi-table-toggle`), whose cells must
 * include `expected(lang)` (figures the story computed with the core, formatted for the
 * wrapper's `lang`); Space closes it.
 */
export function tableToggleByKeyboard(tag: string, expected: (lang: string) => string[]) {
  return async ({ canvasElement, step }: StoryContext) => {
    const { element, root } = await shadowOf(canvasElement, tag);
    const toggled: boolean[] = [];
    element.addEventListener('kpi-table-toggle', (e: KpiTableToggleEvent) => toggled.push(e.open));
    const toggle = part<HTMLButtonElement>(root, 'table-toggle')!;

    await step('the toggle is in the tab order, closed', async () => {
      await expect(toggle.tagName).toBe('BUTTON');
      await expect(toggle.tabIndex).toBeGreaterThanOrEqual(0);
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    });

    await step('Enter opens the table, which shows the core figures', async () => {
      toggle.focus();
      await expect(root.activeElement).toBe(toggle);
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'true'));
      // aria-controls names the table, or the box around the tables (csat-card has two).
      const controlled = root.getElementById(toggle.getAttribute('aria-controls') ?? '');
      await expect(controlled, 'aria-controls resolves inside the shadow root').not.toBeNull();
      await expect(controlled!.hidden).toBe(false);
      await expect(controlled!.querySelector('table')).not.toBeNull();
      const cells = [...controlled!.querySelectorAll('td')].map((td) => td.textContent?.trim());
      const lang = element.closest('[lang]')?.getAttribute('lang') ?? 'en';
      // A cell holds the figure alone or followed by its share, e.g. "13 (5,2 %)".
      const shown = cells.map((c) => c?.split(/\s/)[0]);
      for (const figure of expected(lang)) await expect(shown).toContain(figure);
      await expect(toggled).toEqual([true]);
    });

    await step('Space closes it again', async () => {
      await userEvent.keyboard(' ');
      await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'false'));
      const controlled = root.getElementById(toggle.getAttribute('aria-controls') ?? '');
      await expect(controlled!.hidden).toBe(true);
      await expect(toggled).toEqual([true, false]);
    });
  };
}
