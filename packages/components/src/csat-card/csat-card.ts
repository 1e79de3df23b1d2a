import type { CsatResult, CsatScale } from '@tablero/core';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from '../internal/decorators.js';
import { numberAttribute } from '../internal/attribute-check.js';
import { renderDataTable, type DataTable } from '../internal/data-table.js';
import { deltaStyles } from '../internal/delta-styles.js';
import { formatDate, formatNumber, formatPercent, formatSigned } from '../internal/format.js';
import { commonStrings } from '../internal/i18n.js';
import { rejectedIssue } from '../internal/rejected-issue.js';
import { TableroElement } from '../internal/tablero-element.js';
import type { CsatCardData, CsatKpi } from './csat-card-data.js';
import {
  csatCardModel,
  type CsatAnswer,
  type CsatCardModel,
  type CsatPreviousData,
} from './csat-card-model.js';
import { csatCardStrings } from './csat-card.strings.js';
import { csatCardStyles } from './csat-card.styles.js';
import type { CsatSeriesEntry, CsatSeriesInput } from './csat-series.js';
import { BAR_HEIGHT, type DistributionBar } from './distribution-bars.js';
import { sparklineGeometry } from './sparkline-geometry.js';

type Ready = Extract<CsatCardModel, { state: 'ready' }>;

/** Drawing units of the two small charts; both stretch to the card's width. */
const BARS = { width: 100, height: BAR_HEIGHT, gap: 0.25 } as const;
const SPARK = { width: 100, height: 30, inset: 3 } as const;

/*
 * The drawings sit inside `role="img"` containers named by text summaries, which makes them
 * presentational already: no `aria-hidden` needed on the SVGs.
 */

/**
 * @summary A CSAT card: the share of satisfied answers with its sample size and 95% interval,
 * the answers per point of the scale (satisfied points highlighted), the change against the
 * previous period, and a small trend line when a series is given.
 *
 * Data comes in three ways, by precedence: raw answers (`.responses`, computed with
 * `@tablero/core`'s `csat` using `scale` and `positive-threshold`), a core result (`.result`),
 * or attributes for plain HTML (`value`, `positive`, `n`, `distribution`, `interval-low`,
 * `interval-high`). The previous period comes as `.previous`, `.previousResponses` or
 * `previous-value` / `previous-positive` / `previous-n`; the trend as `.series` (core `byPeriod`
 * output, its points, CSAT results or percentages) or a JSON `series` attribute. Bad input never
 * throws: the card shows an invalid state and warns once, naming the attribute.
 *
 * @csspart base - The wrapper of everything the card shows.
 * @csspart header - The row with the label and the table toggle.
 * @csspart label - The visible label.
 * @csspart figure - The headline block (`role="img"`, named by the text summary).
 * @csspart value - The CSAT percentage.
 * @csspart delta - The change against the previous period.
 * @csspart details - The line with n, satisfied answers and the interval.
 * @csspart interval - The 0–100 scale with the 95% interval band and the value mark.
 * @csspart distribution - The answers-per-score chart with its labels.
 * @csspart bar - One bar of the distribution (also `bar-positive` on satisfied points).
 * @csspart trend - The sparkline block.
 * @csspart sparkline - The trend line's SVG.
 * @csspart notice - The note on rejected answers.
 * @csspart table-toggle - The "view as table" button.
 * @csspart table - The data tables.
 * @csspart state - The empty, loading, error or invalid panel.
 *
 * @cssproperty --csat-card-positive-color - Bars of satisfied points and the value mark. Default `--tablero-color-good`.
 * @cssproperty --csat-card-bar-color - Bars of the other points. Default `--tablero-color-text-muted`.
 * @cssproperty --csat-card-track-color - The 0–100 scale behind the interval. Default `--tablero-color-track`.
 * @cssproperty --csat-card-interval-color - The interval band. Default `--tablero-color-accent`.
 * @cssproperty --csat-card-line-color - The trend line and its points. Default `--tablero-color-accent`.
 * @cssproperty --csat-card-value-size - Font size of the percentage. Default `2.25rem`.
 * @cssproperty --csat-card-chart-height - Height of the distribution bars. Default `4rem`.
 * @cssproperty --csat-card-sparkline-height - Height of the trend line. Default `2.5rem`.
 * @cssproperty --csat-card-padding - Space inside the card. Default `0.75rem`.
 *
 * @event kpi-table-toggle - The table view was opened or closed (`event.open`).
 */
export class CsatCard extends TableroElement {
  static override styles = [...TableroElement.styles, deltaStyles, csatCardStyles];

  /** The visible label. Default: "CSAT" (or "ESAT"). */
  @property() label: string | null = null;

  /** Which survey: `csat` (customers) or `esat` (employees); picks the core function for `.responses`. */
  @property() kpi: CsatKpi = 'csat';

  /** The answer scale: `1-5` (default), `1-7`, `1-10` or `binary` (good/bad). */
  @property() scale: CsatScale = '1-5';

  /** Lowest satisfied score; default top-2 box (4 on 1–5, 6 on 1–7, 9 on 1–10). */
  @property({ attribute: 'positive-threshold', converter: numberAttribute }) positiveThreshold:
    number | undefined;

  /** CSAT %, 0–100, for plain HTML. Optional when `positive` and `n` or `distribution` are given. */
  @property({ converter: numberAttribute }) value: number | undefined;

  /** Number of satisfied answers. */
  @property({ converter: numberAttribute }) positive: number | undefined;

  /** Number of answers; must equal the sum of `distribution` when both are given. */
  @property({ converter: numberAttribute }) n: number | undefined;

  /**
   * Answers per scale point, lowest first, as a JSON array (`[3, 5, 12, 80, 100]` on 1–5;
   * `[bad, good]` on binary). As a property, an array of numbers.
   */
  @property() distribution: string | readonly number[] | null = null;

  /** Low end of the 95% interval (computed from the counts when omitted). */
  @property({ attribute: 'interval-low', converter: numberAttribute }) intervalLow:
    number | undefined;

  /** High end of the 95% interval. */
  @property({ attribute: 'interval-high', converter: numberAttribute }) intervalHigh:
    number | undefined;

  /** The previous period's CSAT %, when no counts are known (the change is then not tested). */
  @property({ attribute: 'previous-value', converter: numberAttribute }) previousValue:
    number | undefined;

  /** The previous period's satisfied answers; with `previous-n`, the change is tested. */
  @property({ attribute: 'previous-positive', converter: numberAttribute }) previousPositive:
    number | undefined;

  /** The previous period's number of answers. */
  @property({ attribute: 'previous-n', converter: numberAttribute }) previousN: number | undefined;

  /**
   * The trend: core `byPeriod(…, csat)` output, its `points`, an array of CSAT results, or of
   * percentages (`null` for a period without answers). As an attribute, JSON:
   * `[81.9, 80.2, 82]` or `[{"label":"2025-01","value":81.9,"n":282}, …]`.
   */
  @property() series: string | CsatSeriesInput | null = null;

  /** Fraction digits of the numbers shown. */
  @property({ attribute: 'fraction-digits', type: Number }) fractionDigits = 1;

  /** A result of `csat()` / `esat()` from `@tablero/core`. */
  @property({ attribute: false }) result: CsatResult | null = null;

  /** Raw answers (scores, `good`/`bad`, or `SurveyResponse` records), computed with `@tablero/core`. */
  @property({ attribute: false }) responses: readonly CsatAnswer[] | null = null;

  /** The previous period's result, for the change and its significance. */
  @property({ attribute: false }) previous: CsatResult | CsatPreviousData | null = null;

  /** The previous period's raw answers. */
  @property({ attribute: false }) previousResponses: readonly CsatAnswer[] | null = null;

  #model: CsatCardModel = { state: 'invalid', issues: [] };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The element carries every input under the model's own names.
    this.#model = csatCardModel(this, this);
    const model = this.#model;
    if (model.state === 'invalid') this.warnIssues(model.issues);
    if (model.state === 'ready' || model.state === 'empty') {
      const issue = rejectedIssue('responses', 'answers', model.rejected);
      if (issue) this.warnIssues([issue]);
    }
  }

  get #strings() {
    return csatCardStrings(this.textLang);
  }

  #percent = (value: number) => formatPercent(this.locale, value, this.fractionDigits);
  #count = (value: number) => formatNumber(this.locale, value, 0);

  #label(): string {
    // The acronyms are the same in English and Spanish.
    return this.label ?? this.kpi.toUpperCase();
  }

  protected override render(): TemplateResult {
    const model = this.#model;
    return html`<div part="base" class="base ${this.resize.size}">
      ${this.renderHeader(this.#label(), model)}
      ${this.renderStatus(model, this.#strings.noData) ?? this.#renderReady(model as Ready)}
    </div>`;
  }

  #renderReady(model: Ready): TemplateResult {
    const { data, bars, series, rejected } = model;
    const open = this.tableOpen;
    const id = `${this.uid}-table`;
    return html`
      <div part="figure" role="img" aria-label=${this.#summary(model)}>
        <div class="headline">
          <span part="value" class="value">${this.#percent(data.value!)}</span>
          ${this.#renderDelta(model)}
        </div>
        <p part="details" class="details muted">${this.#facts(data).join(' · ')}</p>
        ${data.interval ? this.#renderInterval(data.value!, data.interval) : nothing}
      </div>
      ${bars ? this.#renderDistribution(bars) : nothing}
      ${series ? this.#renderTrend(series) : nothing}
      ${
        rejected.length
          ? html`<p part="notice" class="notice">
              ${commonStrings(this.textLang).rejected(this.#count(rejected.length))}
            </p>`
          : nothing
      }
      <div id=${id} ?hidden=${!open}>
        ${renderDataTable(`${id}-main`, this.#table(model), open)}
        ${series ? renderDataTable(`${id}-series`, this.#seriesTable(series), open) : nothing}
      </div>
    `;
  }

  /** n, satisfied of n, interval: the figures the value rests on, as short phrases. */
  #facts(data: CsatCardData): string[] {
    const s = this.#strings;
    const facts: string[] = [];
    if (data.n !== null) facts.push(`n = ${this.#count(data.n)}`);
    if (data.positive !== null && data.n !== null) {
      facts.push(s.positiveOf(this.#count(data.positive), this.#count(data.n)));
    }
    if (data.interval) {
      facts.push(s.interval(this.#percent(data.interval[0]), this.#percent(data.interval[1])));
    }
    return facts;
  }

  #renderDelta({ comparison: c }: Ready): TemplateResult | typeof nothing {
    if (!c || c.delta === null) return nothing;
    const s = this.#strings;
    return html`<span
      part="delta"
      class="delta"
      data-direction=${c.direction ?? 'flat'}
      data-significant=${String(c.significant)}
    >
      ${c.direction === 'flat' ? '=' : c.delta > 0 ? '▲' : '▼'} ${s.points(this.#signed(c.delta))}
      <small
        >(${s[c.direction ?? 'flat']}${c.significant === false ? `, ${s.notSignificant}` : ''})</small
      >
    </span>`;
  }

  /** The value on a 0–100 scale with its interval as a band: how sure the figure is, at a glance. */
  #renderInterval(value: number, [low, high]: [number, number]): TemplateResult {
    return html`<svg
      part="interval"
      class="interval"
      viewBox="0 0 100 8"
      preserveAspectRatio="none"
    >
      <rect class="track" y="3" width="100" height="2"></rect>
      <rect class="band" x=${low} y="1" width=${Math.max(high - low, 0.5)} height="6"></rect>
      <line class="mark" x1=${value} x2=${value} y2="8"></line>
    </svg>`;
  }

  #renderDistribution(bars: DistributionBar[]): TemplateResult {
    const s = this.#strings;
    const slot = BARS.width / bars.length;
    const width = slot * (1 - BARS.gap);
    const range = this.#positiveRange(bars);
    const legend = range ? s.positiveRange(range) : '';
    return html`<div
      part="distribution"
      role="img"
      aria-label=${`${s.distributionSummary(bars.map((b) => this.#barText(b)).join(', '))}. ${legend}`}
    >
      <svg class="bars" viewBox="0 0 ${BARS.width} ${BARS.height}" preserveAspectRatio="none">
        ${bars.map(
          (b, i) =>
            svg`<rect part=${b.positive ? 'bar bar-positive' : 'bar'} class=${b.positive ? 'positive' : ''}
              data-score=${b.score} data-count=${b.count}
              x=${i * slot + (slot - width) / 2} y=${BARS.height - b.height}
              width=${width} height=${b.height}></rect>`,
        )}
      </svg>
      <ol class="points">
        ${bars.map(
          (b) =>
            html`<li class=${b.positive ? 'positive' : ''}>
              ${this.#scoreLabel(b.score)}
              <small>${formatPercent(this.locale, 100 * b.share, 0)}</small>
            </li>`,
        )}
      </ol>
      <p class="legend muted">${legend}</p>
    </div>`;
  }

  #positiveRange(bars: DistributionBar[]): string {
    const positives = bars.filter((b) => b.positive);
    if (!positives.length) return '';
    const first = this.#scoreLabel(positives[0]!.score);
    const last = this.#scoreLabel(positives.at(-1)!.score);
    return first === last ? first : `${first}–${last}`;
  }

  #scoreLabel(score: DistributionBar['score']): string {
    return typeof score === 'number' ? this.#count(score) : this.#strings[score];
  }

  /** `863 (28.1%)`: the count and its share of all answers. */
  #countShare(b: DistributionBar, digits = this.fractionDigits): string {
    return `${this.#count(b.count)} (${formatPercent(this.locale, 100 * b.share, digits)})`;
  }

  /** `4: 863 (28%)`, for the distribution's accessible name. */
  #barText(b: DistributionBar): string {
    return `${this.#scoreLabel(b.score)}: ${this.#countShare(b, 0)}`;
  }

  #renderTrend(series: CsatSeriesEntry[]): TemplateResult {
    const g = sparklineGeometry(
      series.map((e) => e.value),
      { ...SPARK, clamp: [0, 100], minSpan: 10 },
    );
    return html`<div part="trend" role="img" aria-label=${this.#trendSummary(series)}>
      <svg
        part="sparkline"
        class="sparkline"
        viewBox="0 0 ${SPARK.width} ${SPARK.height}"
        preserveAspectRatio="none"
      >
        <path class="line" d=${g.path}></path>
        ${g.points.map(
          (p) =>
            svg`<path class="point"
              data-value=${p.value} d="M${p.x},${p.y}h0"></path>`,
        )}
      </svg>
    </div>`;
  }

  #periodLabel(series: CsatSeriesEntry[], index: number): string {
    const { label, period } = series[index]!;
    if (label) return label;
    return period ? formatDate(this.locale, period.from) : `#${index + 1}`;
  }

  #trendSummary(series: CsatSeriesEntry[]): string {
    const s = this.#strings;
    const known = series.flatMap((e, i) => (e.value === null ? [] : [{ value: e.value, i }]));
    if (!known.length) return `${s.trend}: ${s.noAnswers}`;
    const at = ({ value, i }: { value: number; i: number }) =>
      `${this.#percent(value)} (${this.#periodLabel(series, i)})`;
    const byValue = [...known].sort((a, b) => a.value - b.value);
    return s.trendSummary(
      this.#count(series.length),
      at(known[0]!),
      at(known.at(-1)!),
      at(byValue[0]!),
      at(byValue.at(-1)!),
    );
  }

  #signed = (delta: number) => formatSigned(this.locale, delta, this.fractionDigits);

  #deltaText({ comparison: c }: Ready): string | null {
    if (!c || c.delta === null) return null;
    const s = this.#strings;
    const test =
      c.significant === null ? s.notTested : c.significant ? s.significant : s.notSignificant;
    return `${s.vsPrevious(this.#signed(c.delta))} (${s[c.direction ?? 'flat']}, ${test})`;
  }

  /** The sentence a screen reader reads as the card's name. */
  #summary(model: Ready): string {
    const { data } = model;
    const head = `${this.#label()} ${this.#percent(data.value!)} ${this.#strings.satisfied}`;
    return [head, ...this.#facts(data), this.#deltaText(model)].filter(Boolean).join('; ');
  }

  #table(model: Ready): DataTable {
    const s = this.#strings;
    const { data, bars, previous } = model;
    const rows: string[][] = [[this.#label(), this.#percent(data.value!)]];
    if (data.n !== null) rows.push(['n', this.#count(data.n)]);
    if (data.positive !== null) rows.push([s.positive, this.#count(data.positive)]);
    if (data.interval) {
      const [low, high] = data.interval.map(this.#percent);
      rows.push([s.intervalShort, `${low} – ${high}`]);
    }
    for (const b of bars ?? []) {
      const mark = b.positive ? ` (${s.satisfied})` : '';
      rows.push([`${s.score} ${this.#scoreLabel(b.score)}${mark}`, this.#countShare(b)]);
    }
    if (previous?.value != null) rows.push([s.previous, this.#percent(previous.value)]);
    const delta = this.#deltaText(model);
    if (delta) rows.push([s.change, delta]);
    return { caption: this.#label(), columns: [s.measure, s.value], rows };
  }

  #seriesTable(series: CsatSeriesEntry[]): DataTable {
    const s = this.#strings;
    return {
      caption: `${this.#label()}: ${s.trend}`,
      columns: [s.period, this.#label(), 'n'],
      rows: series.map((e, i) => [
        this.#periodLabel(series, i),
        e.value === null ? s.noAnswers : this.#percent(e.value),
        e.n === null ? '–' : this.#count(e.n),
      ]),
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'csat-card': CsatCard;
  }
}
