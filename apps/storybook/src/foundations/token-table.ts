import { TOKENS, type TokenName } from '@tablero/components';

/** What each token paints, for the Foundations page. */
export const TOKEN_ROLES: Record<TokenName, string> = {
  'color-good': 'Better: a positive NPS arc, improvements, satisfied answers, promoters',
  'color-bad': 'Worse than before, missed targets, detractors, the churn target line',
  'color-neutral': 'Passives, "not significant" changes',
  'color-accent': 'The main series: the churn line; buttons and links',
  'color-series-2': 'The second series: retention',
  'color-scale-low': 'Heatmap: the lightest bin (mixed in OKLab towards the high end)',
  'color-scale-high': 'Heatmap: the darkest bin',
  'color-track': 'Gauge track, bar backgrounds',
  'color-text': 'Text',
  'color-text-muted': 'Secondary text: n, captions, axis labels',
  'color-surface': 'The element background',
  'color-border': 'Borders, gridlines, table rules',
  'color-focus': 'Focus ring',
  'font-family': 'Every text in the elements',
  'font-size': 'Base size; the rest is in em',
  radius: 'Corner radius of the element and its buttons',
  'focus-width': 'Focus ring thickness',
};

export const TOKEN_NAMES = Object.keys(TOKENS) as TokenName[];
export const isColour = (name: TokenName) => name.startsWith('color-');

/**
 * Reads the value each token resolves to inside a real element (`--_tb-<name>`, the private copy
 * every element paints with): the default, or whatever the page set as `--tablero-<name>`.
 * So the table shows what the elements use, not a copy of the defaults.
 */
function resolved(theme: 'light' | 'dark', host: HTMLElement): Record<TokenName, string> {
  const probe = document.createElement('nps-gauge');
  probe.setAttribute('theme', theme);
  probe.hidden = true;
  host.append(probe);
  const style = getComputedStyle(probe);
  const values = Object.fromEntries(
    TOKEN_NAMES.map((name) => [name, style.getPropertyValue(`--_tb-${name}`).trim()]),
  ) as Record<TokenName, string>;
  probe.remove();
  return values;
}

function cell(tag: 'td' | 'th', ...children: (Node | string)[]): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.append(...children);
  return element;
}

function swatch(value: string, name: TokenName): HTMLElement {
  const box = document.createElement('span');
  box.className = 'swatch';
  box.dataset.token = name;
  // A custom property, not an inline colour string: the page's value flows in unchanged.
  box.style.setProperty('--swatch', value);
  return box;
}

function valueCell(value: string, name: TokenName): HTMLTableCellElement {
  const code = document.createElement('code');
  code.textContent = value;
  return isColour(name) ? cell('td', swatch(value, name), code) : cell('td', code);
}

/** `<tablero-token-table kind="colour|other">`: the token table, filled once connected. */
export class TokenTable extends HTMLElement {
  connectedCallback(): void {
    const colours = this.getAttribute('kind') !== 'other';
    const light = resolved('light', this);
    const dark = resolved('dark', this);
    const table = document.createElement('table');
    table.className = 'token-table';
    const caption = document.createElement('caption');
    caption.textContent = colours
      ? 'Colour tokens, as resolved inside an element (light and dark)'
      : 'Type, shape and focus tokens';
    const head = document.createElement('tr');
    head.append(
      ...['Custom property', 'Light', 'Dark', 'Used for'].map((h) => {
        const th = cell('th', h);
        th.scope = 'col';
        return th;
      }),
    );
    const thead = document.createElement('thead');
    thead.append(head);
    const tbody = document.createElement('tbody');
    for (const name of TOKEN_NAMES.filter((n) => isColour(n) === colours)) {
      const row = document.createElement('tr');
      row.dataset.token = name;
      const title = cell(
        'th',
        Object.assign(document.createElement('code'), {
          textContent: `--tablero-${name}`,
        }),
      );
      title.scope = 'row';
      row.append(title, valueCell(light[name], name), valueCell(dark[name], name));
      row.append(cell('td', TOKEN_ROLES[name]));
      tbody.append(row);
    }
    table.append(caption, thead, tbody);
    this.replaceChildren(table);
  }
}

if (!customElements.get('tablero-token-table')) {
  customElements.define('tablero-token-table', TokenTable);
}
