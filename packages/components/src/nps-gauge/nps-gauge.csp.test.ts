import { expect } from '@open-wc/testing';
import { describe, it } from 'vitest';
import { nextTask, strictCspFrame } from '../../test/support/strict-csp.js';

describe('<nps-gauge> under a strict CSP with Trusted Types (issue 3, DESIGN.md convention 10)', () => {
  it('renders, styles itself and opens its table without a single violation', async () => {
    const { frame, win, violations } = await strictCspFrame(
      new URL('../define/nps-gauge.ts', import.meta.url).href,
      'nps-gauge',
    );

    const el = win.document.createElement('nps-gauge') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    for (const [name, value] of Object.entries({
      label: '<img src=x onerror=alert(1)>',
      promoters: '12',
      passives: '5',
      detractors: '3',
      'previous-score': '10',
      target: '30',
    })) {
      el.setAttribute(name, value);
    }
    win.document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('[role="meter"]')).not.to.equal(null);
    expect(root.querySelector('img')).to.equal(null);
    // Styles apply: the track has a token colour, not the SVG default of no stroke.
    expect(win.getComputedStyle(root.querySelector('[part~="track"]')!).stroke).not.to.equal(
      'none',
    );
    root.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
    await el.updateComplete;
    expect(root.querySelector('table')).not.to.equal(null);
    await nextTask();
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});
