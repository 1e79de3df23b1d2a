import { expect } from '@open-wc/testing';
import { describe, it } from 'vitest';
import { nextTask, strictCspFrame } from '../../test/support/strict-csp.js';

describe('<csat-card> under a strict CSP with Trusted Types (issue 3, DESIGN.md convention 10)', () => {
  it('renders, styles itself and opens its tables without a single violation', async () => {
    const { frame, win, violations } = await strictCspFrame(
      new URL('../define/csat-card.ts', import.meta.url).href,
      'csat-card',
    );
    const el = win.document.createElement('csat-card') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    for (const [name, value] of Object.entries({
      label: '<img src=x onerror=alert(1)>',
      distribution: '[3, 4, 10, 40, 43]',
      'previous-positive': '70',
      'previous-n': '100',
      series: '[{"label":"<b>x</b>","value":80},81,83]',
    })) {
      el.setAttribute(name, value);
    }
    win.document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~="figure"]')).not.to.equal(null);
    expect(root.querySelectorAll('.sparkline .point')).to.have.length(3);
    expect(root.querySelector('img')).to.equal(null);
    // Styled: bars carry the token colour, not the SVG default black fill.
    const bar = root.querySelector('[part~="bar-positive"]')!;
    expect(win.getComputedStyle(bar).fill).not.to.equal('rgb(0, 0, 0)');
    root.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
    await el.updateComplete;
    expect(root.querySelectorAll('table')).to.have.length(2);
    expect(root.querySelector('b')).to.equal(null);
    expect(root.querySelectorAll('[style]')).to.have.length(0);
    await nextTask();
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});
