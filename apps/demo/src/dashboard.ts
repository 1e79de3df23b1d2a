import type { ChurnTrend, CsatCard, NpsGauge, TicketHeatmap } from '@tablero/components';
import type { MonthBucketsResult } from './ingest/month-buckets.js';
import {
  dashboardView,
  periodChoices,
  PERIOD_UNITS,
  type DashboardView,
  type PeriodUnitChoice,
} from './ingest/period-view.js';
import { applyStrings, t, type Lang, LANGS } from './i18n/strings.js';
import { sampleBuckets, sampleChurn, sampleEnd } from './sample-source.js';
import { DEFAULT_TIME_ZONE, TIME_ZONES } from './time-zones.js';
import { localeOf } from './ui/format.js';
import { h } from './ui/h.js';
import { renderDuration, renderSla, renderVolume } from './ui/kpi-tiles.js';

export type Theme = 'auto' | 'light' | 'dark';

/** Where the numbers come from: the embedded sample, or the files the user dropped. */
export type DataSource =
  { kind: 'sample' } | { kind: 'file'; buckets: MonthBucketsResult; names: string[] };

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/**
 * The dashboard's state and its one render path: every control change and every import ends in
 * `render()`, which recomputes the view from month states and hands core results to the elements.
 */
export class Dashboard {
  lang: Lang = 'es';
  unit: PeriodUnitChoice = 'month';
  timeZone: string = DEFAULT_TIME_ZONE;
  theme: Theme = 'auto';
  /** Label of the selected period (`2025-12`, `2025-Q4`, `2025`), or null for the latest. */
  periodLabel: string | null = null;
  source: DataSource = { kind: 'sample' };
  view: DashboardView | null = null;
  /** Called when the zone changes while a file is shown: the file must be bucketed again. */
  onZoneChangeWithFile: ((timeZone: string) => void) | null = null;
  #sample: MonthBucketsResult | null = null;

  readonly nps = $<NpsGauge>('nps');
  readonly csat = $<CsatCard>('csat');
  readonly churn = $<ChurnTrend>('churn');
  readonly heatmap = $<TicketHeatmap>('heatmap');

  init(): void {
    const params = new URLSearchParams(location.search);
    const lang = params.get('lang');
    if (lang && (LANGS as readonly string[]).includes(lang)) this.lang = lang as Lang;
    const theme = params.get('theme');
    if (theme === 'light' || theme === 'dark') this.theme = theme;
    const zoneSelect = $<HTMLSelectElement>('time-zone');
    zoneSelect.replaceChildren(...TIME_ZONES.map((z) => h('option', { value: z }, z)));
    this.#bind('unit', (v) => {
      if ((PERIOD_UNITS as readonly string[]).includes(v)) this.unit = v as PeriodUnitChoice;
      this.periodLabel = null;
    });
    this.#bind('period', (v) => (this.periodLabel = v));
    this.#bind('lang', (v) => (this.lang = v as Lang));
    this.#bind('theme', (v) => (this.theme = v as Theme));
    zoneSelect.addEventListener('change', () => {
      this.timeZone = zoneSelect.value;
      this.periodLabel = null;
      if (this.source.kind === 'file' && this.onZoneChangeWithFile) {
        this.onZoneChangeWithFile(this.timeZone);
        return;
      }
      this.render();
    });
    this.render();
  }

  #bind(id: string, set: (value: string) => void): void {
    const select = $<HTMLSelectElement>(id);
    select.addEventListener('change', () => {
      set(select.value);
      this.render();
    });
  }

  /** Shows the user's data (or the sample again with `{ kind: 'sample' }`). */
  show(source: DataSource): void {
    this.source = source;
    this.periodLabel = null;
    this.render();
  }

  get buckets(): MonthBucketsResult {
    if (this.source.kind === 'file') return this.source.buckets;
    if (this.#sample?.timeZone !== this.timeZone) this.#sample = sampleBuckets(this.timeZone);
    return this.#sample;
  }

  render(): void {
    const root = document.documentElement;
    root.lang = this.lang;
    root.dataset.theme = this.theme;
    applyStrings(document, this.lang);
    document.title = `Tablero · ${t(this.lang, 'title')}`;
    $<HTMLSelectElement>('lang').value = this.lang;
    $<HTMLSelectElement>('theme').value = this.theme;
    $<HTMLSelectElement>('unit').value = this.unit;
    $<HTMLSelectElement>('time-zone').value = this.timeZone;
    $('subtitle').textContent =
      this.source.kind === 'file'
        ? `${t(this.lang, 'subtitleFile')}: ${this.source.names.join(', ')}`
        : t(this.lang, 'subtitle');
    $('back-to-sample').hidden = this.source.kind === 'sample';

    const buckets = this.buckets;
    const choices = periodChoices(buckets.months, this.unit, this.timeZone);
    const chosen = choices.find((p) => p.label === this.periodLabel) ?? choices[0];
    const periodSelect = $<HTMLSelectElement>('period');
    periodSelect.replaceChildren(
      ...choices.map((p) => h('option', { value: p.label }, this.#periodName(p.from, p.label))),
    );
    const anchor = chosen?.from ?? sampleEnd();
    if (chosen) periodSelect.value = chosen.label;
    this.periodLabel = chosen?.label ?? null;
    const view = dashboardView(buckets.months, anchor, this.unit, this.timeZone);
    this.view = view;

    $('period-line').textContent =
      `${this.#periodName(view.period.from, view.period.label)} ${t(this.lang, 'versus')} ` +
      `${this.#periodName(view.previous.from, view.previous.label ?? '')} · ${this.timeZone}`;

    for (const el of [this.nps, this.csat, this.churn, this.heatmap])
      el.setAttribute('theme', this.theme);
    this.heatmap.setAttribute('label', t(this.lang, 'heatmap'));
    this.churn.setAttribute('label', t(this.lang, 'churn'));
    this.nps.result = view.current.nps;
    this.nps.previous = view.before.nps;
    this.csat.result = view.current.csat;
    this.csat.previous = view.before.csat;
    this.csat.series = view.csatSeries;
    this.heatmap.setAttribute('time-zone', this.timeZone);
    this.heatmap.result = view.current.matrix;
    const note = $('churn-note');
    if (this.source.kind === 'sample') {
      this.churn.result = sampleChurn(this.unit, this.timeZone);
      this.churn.setAttribute('time-zone', this.timeZone);
      note.hidden = true;
    } else {
      this.churn.result = null;
      note.hidden = false;
    }
    renderDuration(
      $('frt'),
      this.lang,
      'frt',
      view.current.frt,
      view.before.frt,
      view.comparisons.frt,
    );
    renderDuration($('rt'), this.lang, 'rt', view.current.rt, view.before.rt, view.comparisons.rt);
    renderSla($('sla'), this.lang, view);
    renderVolume($('volume'), this.lang, view);
    for (const listener of this.afterRender) listener();
  }

  /** Run after each render, e.g. to redraw the import report in the new language. */
  readonly afterRender: (() => void)[] = [];

  /** `diciembre de 2025`, `T4 2025` / `Q4 2025`, `2025`: the period as a reader names it. */
  #periodName(from: number, label: string): string {
    const locale = localeOf(this.lang);
    if (/^\d{4}-\d{2}$/.test(label)) {
      return new Intl.DateTimeFormat(locale, {
        month: 'long',
        year: 'numeric',
        timeZone: this.timeZone,
      }).format(from);
    }
    const quarter = /^(\d{4})-Q(\d)$/.exec(label);
    if (quarter) return `${this.lang === 'es' ? 'T' : 'Q'}${quarter[2]} ${quarter[1]}`;
    return label;
  }
}
