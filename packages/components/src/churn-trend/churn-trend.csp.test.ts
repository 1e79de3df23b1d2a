import { expect } from '@open-wc/testing';
import { describe, it } from 'vitest';
import { nextTask, strictCspFrame } from '../../test/support/strict-csp.js';

describe('<churn-trend> under a strict CSP with Trusted Types (issue 3, DESIGN.md convention 10)', () => {
  it('draws, places its points and tooltip, and opens its table without a single violation', async () => {
    const { frame, win, violations } = await strictCspFrame(
      new URL('../define/churn-trend.ts', import.meta.url).href,
      'churn-trend',
    );
    const el = win.document.createElement('churn-trend') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    el.setAttribute('label', '<img src=x onerror=alert(1)>');
    el.setAttribute('target', '3');
    el.setAttribute(
      'points',
      JSON.stringify([
        { label: '2025-01', start: 400, lost: 12 },
        { label: '<script>alert(1)</script>', start: 390, lost: 6 },
        { label: '2025-03', start: 380, lost: 9, complete: false },
      ]),
    );
    win.document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('img, script')).to.equal(null);
    // Point buttons are positioned through the CSSOM (styleMap), which the policy allows.
    const button = root.querySelector<HTMLButtonElement>('[part~="point-button"]')!;
    expect(button.style.left).to.match(/px$/);
    button.focus();
    await el.updateComplete;
    const tooltip = root.querySelector<HTMLElement>('[part~="tooltip"]')!;
    expect(tooltip.style.top).to.match(/px$/);
    expect(win.getComputedStyle(root.querySelector('[part~="line"]')!).stroke).not.to.equal('none');
    root.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
    await el.updateComplete;
    expect(root.querySelector('table')).not.to.equal(null);
    await nextTask();
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});
