import type { ComparisonResult, DurationResult } from '@tablero/core';
import type { DashboardView } from '../ingest/period-view.js';
import { t, type Lang, type StringKey } from '../i18n/strings.js';
import { formatChange, formatCount, formatMinutes, formatPercent } from './format.js';
import { h } from './h.js';

type Duration = DurationResult<string>;

/** A figure with its raw value in `data-value`, so tests and scripts read the number, not the text. */
function figure(kpi: string, text: string, value: number | null, className = 'figure') {
  return h('span', { class: className, 'data-kpi': kpi, 'data-value': String(value) }, text);
}

function change(
  lang: Lang,
  kpi: string,
  c: ComparisonResult,
  unit: 'minutes' | 'points' | 'count',
) {
  return h(
    'p',
    {
      class: `change ${c.direction ?? 'none'}`,
      'data-kpi': `${kpi}-change`,
      'data-delta': String(c.delta),
    },
    formatChange(lang, c, unit),
  );
}

/** FRT or resolution time: the median large, p90 and n beside it, the change below. */
export function renderDuration(
  host: HTMLElement,
  lang: Lang,
  kpi: 'frt' | 'rt',
  current: Duration,
  before: Duration,
  comparison: ComparisonResult,
): void {
  if (current.n === 0) {
    host.replaceChildren(h('p', { class: 'empty', 'data-kpi': `${kpi}-empty` }, t(lang, 'noData')));
    return;
  }
  host.replaceChildren(
    h(
      'p',
      { class: 'headline' },
      figure(`${kpi}-median`, formatMinutes(lang, current.median), current.median),
      h('span', { class: 'unit-label' }, ` ${t(lang, 'median')}`),
    ),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, t(lang, 'p90')),
      h('dd', {}, figure(`${kpi}-p90`, formatMinutes(lang, current.p90), current.p90, 'fact')),
      h('dt', {}, t(lang, 'n')),
      h('dd', {}, figure(`${kpi}-n`, formatCount(lang, current.n), current.n, 'fact')),
      h('dt', {}, t(lang, 'previous')),
      h(
        'dd',
        {},
        figure(`${kpi}-previous`, formatMinutes(lang, before.median), before.median, 'fact'),
      ),
    ),
    change(lang, kpi, comparison, 'minutes'),
  );
}

/** SLA attainment of FRT and resolution time, each a share with met / n and a bar. */
export function renderSla(host: HTMLElement, lang: Lang, view: DashboardView): void {
  const rows = (['frt', 'rt'] as const).map((kpi) => {
    const sla = view.current[kpi].sla;
    const c = view.comparisons[kpi === 'frt' ? 'frtSla' : 'rtSla'];
    const target = formatMinutes(lang, sla?.targetMinutes ?? null);
    const label = t(lang, kpi === 'frt' ? 'frtSla' : 'rtSla', { target });
    const bar = h('progress', { max: '100', value: String(sla?.value ?? 0), 'aria-label': label });
    return h(
      'div',
      { class: 'sla-row' },
      h('p', { class: 'sla-label' }, label),
      h(
        'p',
        { class: 'headline' },
        figure(`${kpi}-sla`, formatPercent(lang, sla?.value ?? null), sla?.value ?? null),
        h(
          'span',
          { class: 'unit-label' },
          ` ${t(lang, 'met', { met: formatCount(lang, sla?.met ?? 0), n: formatCount(lang, sla?.n ?? 0) })}`,
        ),
      ),
      bar,
      change(lang, `${kpi}-sla`, c, 'points'),
    );
  });
  host.replaceChildren(...rows);
}

/** Tickets created in the period per channel, largest first, as a labelled bar list. */
export function renderVolume(host: HTMLElement, lang: Lang, view: DashboardView): void {
  const volume = view.current.volume;
  if (!volume.n) {
    host.replaceChildren(h('p', { class: 'empty', 'data-kpi': 'volume-empty' }, t(lang, 'noData')));
    return;
  }
  const list = h('ul', { class: 'bars' });
  for (const bucket of volume.breakdown) {
    const key = bucket.key ?? 'none';
    const name = t(lang, `channel.${key}` as StringKey) || key;
    const bar = h('span', { class: 'bar', 'aria-hidden': 'true' });
    // CSSOM, not a style attribute: allowed under style-src 'self'.
    bar.style.setProperty('--share', `${bucket.share}%`);
    list.append(
      h(
        'li',
        { 'data-channel': key },
        h('span', { class: 'bar-label' }, name),
        bar,
        figure(`volume-${key}`, formatCount(lang, bucket.count), bucket.count, 'bar-count'),
        h('span', { class: 'bar-share' }, formatPercent(lang, bucket.share)),
      ),
    );
  }
  host.replaceChildren(
    h(
      'p',
      { class: 'headline' },
      figure('volume-total', formatCount(lang, volume.n), volume.n),
      h('span', { class: 'unit-label' }, ` ${t(lang, 'tickets')}`),
    ),
    change(lang, 'volume', view.comparisons.volume, 'count'),
    list,
  );
}
