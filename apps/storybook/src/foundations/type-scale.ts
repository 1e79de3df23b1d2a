import type { NpsGauge } from '@tablero/components';
import type { NpsResult } from '@tablero/core';

/** The parts whose type the Typography page measures, with what they are. */
export const TYPE_PARTS = [
  ['label', 'Label (the element’s title and accessible name)'],
  ['value', 'Value (the KPI figure; --nps-gauge-value-size)'],
  ['details', 'Details (n, interval)'],
  ['breakdown', 'Breakdown (promoters, passives, detractors)'],
  ['table-toggle', '“View as table” button'],
] as const;

/**
 * `<tablero-type-scale>`: renders a real `<nps-gauge>` with `.result`, then lists the computed
 * font of each part, so the page shows the type the elements actually use (page overrides of
 * `--tablero-font-family` or `::part()` included).
 */
export class TypeScale extends HTMLElement {
  result: NpsResult | null = null;

  async connectedCallback(): Promise<void> {
    const gauge = document.createElement('nps-gauge') as NpsGauge;
    gauge.setAttribute('label', 'NPS');
    gauge.result = this.result;
    this.replaceChildren(gauge);
    await gauge.updateComplete;
    const table = document.createElement('table');
    table.className = 'token-table';
    table.createCaption().textContent = 'Type inside <nps-gauge>, measured';
    const head = table.createTHead().insertRow();
    for (const h of ['Part', 'Role', 'Family', 'Size', 'Weight']) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = h;
      head.append(th);
    }
    const body = table.createTBody();
    for (const [name, role] of TYPE_PARTS) {
      const node = gauge.shadowRoot?.querySelector(`[part~="${name}"]`);
      if (!node) continue;
      const style = getComputedStyle(node);
      const row = body.insertRow();
      row.dataset.part = name;
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = `::part(${name})`;
      row.append(th);
      for (const text of [role, style.fontFamily, style.fontSize, style.fontWeight]) {
        row.insertCell().textContent = text;
      }
    }
    this.append(table);
    this.dataset.ready = '';
  }
}

if (!customElements.get('tablero-type-scale')) {
  customElements.define('tablero-type-scale', TypeScale);
}
