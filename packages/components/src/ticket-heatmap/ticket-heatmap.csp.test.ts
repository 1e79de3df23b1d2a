import { expect } from '@open-wc/testing';
import { describe, it } from 'vitest';
import { nextTask, strictCspFrame } from '../../test/support/strict-csp.js';

describe('<ticket-heatmap> under a strict CSP with Trusted Types (issue 3, DESIGN.md convention 10)', () => {
  it('draws its coloured grid, tooltip and table without a single violation', async () => {
    const { frame, win, violations } = await strictCspFrame(
      new URL('../define/ticket-heatmap.ts', import.meta.url).href,
      'ticket-heatmap',
    );
    const el = win.document.createElement('ticket-heatmap') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    el.setAttribute('label', '<img src=x onerror=alert(1)>');
    el.setAttribute('time-zone', 'Europe/Madrid');
    el.setAttribute(
      'counts',
      JSON.stringify(
        Array.from({ length: 7 }, (_, d) => Array.from({ length: 24 }, (_, h) => d + h)),
      ),
    );
    win.document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('img, script')).to.equal(null);
    // Bin colours come from class rules in the adopted stylesheet: the busiest and the quietest
    // cells differ although nothing was written into a style attribute.
    const quiet = root.querySelector<HTMLElement>('.cell[data-row="0"][data-col="0"]')!;
    const busy = root.querySelector<HTMLElement>('.cell[data-row="6"][data-col="23"]')!;
    expect(win.getComputedStyle(busy).backgroundColor).to.not.equal(
      win.getComputedStyle(quiet).backgroundColor,
    );
    expect(root.querySelector('[style]')).to.equal(null);
    busy.focus();
    await el.updateComplete;
    const tooltip = root.querySelector<HTMLElement>('[part~="tooltip"]')!;
    expect(tooltip.hidden).to.equal(false);
    expect(tooltip.style.top).to.match(/px$/);
    root.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
    await el.updateComplete;
    expect(root.querySelector('table')).not.to.equal(null);
    await nextTask();
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});
