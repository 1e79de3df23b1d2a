import type { NpsResult, SurveyAnswer } from '@tablero/core';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from '../internal/decorators.js';
import { numberAttribute } from '../internal/attribute-check.js';
import type { DataTable } from '../internal/data-table.js';
import { deltaStyles } from '../internal/delta-styles.js';
import { formatNumber, formatPercent, formatSigned } from '../internal/format.js';
import { commonStrings } from '../internal/i18n.js';
import { rejectedIssue } from '../internal/rejected-issue.js';
import { TableroElement } from '../internal/tablero-element.js';
import {
  GAUGE,
  intervalArc,
  NPS_MAX,
  NPS_MIN,
  polar,
  radialTick,
  splitBar,
  trackArc,
  valueArc,
} from './nps-gauge-geometry.js';
import {
  npsGaugeModel,
  type GaugeData,
  type NpsGaugeModel,
  type NpsKpi,
  type PreviousData,
} from './nps-gauge-model.js';
import { npsGaugeStrings } from './nps-gauge.strings.js';
import { npsGaugeStyles } from './nps-gauge.styles.js';

type Ready = Extract<NpsGaugeModel, { state: 'ready' }>;

/** The properties the model is computed from. */
const MODEL_INPUTS = [
  'kpi',
  'score',
  'promoters',
  'passives',
  'detractors',
  'n',
  'intervalLow',
  'intervalHigh',
  'previousScore',
  'target',
  'fractionDigits',
  'result',
  'responses',
  'previous',
  'previousResponses',
] as const satisfies readonly (keyof NpsGauge)[];

const INTERVAL_RADIUS = GAUGE.radius + GAUGE.thickness / 2 + 5;
const BAR_WIDTH = 100;

/**
 * @summary An NPS gauge from −100 to 100 that fills from zero, with the sample size, the
 * promoter / passive / detractor split, the 95% interval, the change against the previous
 * period and an optional target.
 *
 * Data comes in three ways, by precedence: raw answers (`.responses`, computed with
 * `@tablero/core`), a core result (`.result`), or attributes for plain HTML
 * (`score`, `promoters`, `passives`, `detractors`, `n`, `interval-low`, `interval-high`).
 * Bad input never throws: the gauge shows an invalid state and warns once, naming the attribute.
 *
 * @csspart base - The wrapper of everything the gauge shows.
 * @csspart header - The row with the label and the table toggle.
 * @csspart label - The visible label (the meter's accessible name).
 * @csspart meter - The `role="meter"` element around the drawing.
 * @csspart chart - The SVG drawing.
 * @csspart track - The full −100…100 arc.
 * @csspart indicator - The arc from 0 to the score.
 * @csspart interval - The 95% interval band outside the arc.
 * @csspart target - The target marker.
 * @csspart value - The score in the middle of the gauge.
 * @csspart details - The line with n and the interval.
 * @csspart delta - The change against the previous period.
 * @csspart breakdown - The promoter / passive / detractor bar and its legend.
 * @csspart table-toggle - The "view as table" button.
 * @csspart table - The data table.
 * @csspart state - The empty, loading, error or invalid panel.
 *
 * @cssproperty --nps-gauge-positive-color - The arc of a score of 0 or more. Default `--tablero-color-good`.
 * @cssproperty --nps-gauge-negative-color - The arc of a negative score. Default `--tablero-color-bad`.
 * @cssproperty --nps-gauge-track-color - The unfilled scale. Default `--tablero-color-track`.
 * @cssproperty --nps-gauge-interval-color - The interval band. Default `--tablero-color-text-muted`.
 * @cssproperty --nps-gauge-target-color - The target marker. Default `--tablero-color-text`.
 * @cssproperty --nps-gauge-promoter-color - Promoters in the bar. Default `--tablero-color-good`.
 * @cssproperty --nps-gauge-passive-color - Passives in the bar. Default `--tablero-color-neutral`.
 * @cssproperty --nps-gauge-detractor-color - Detractors in the bar. Default `--tablero-color-bad`.
 * @cssproperty --nps-gauge-thickness - Arc thickness in drawing units (the gauge is 230 wide). Default `18`.
 * @cssproperty --nps-gauge-value-size - Font size of the score, in drawing units. Default `40px`.
 * @cssproperty --nps-gauge-max-width - Largest width of the drawing. Default `22rem`.
 * @cssproperty --nps-gauge-padding - Space inside the element. Default `0.75rem`.
 *
 * @event kpi-table-toggle - The table view was opened or closed (`event.open`).
 */
export class NpsGauge extends TableroElement {
  static override styles = [...TableroElement.styles, deltaStyles, npsGaugeStyles];

  /** The visible label and the meter's accessible name. Default: "NPS" (or "eNPS"). */
  @property() label: string | null = null;

  /** Which survey: `nps` (customers) or `enps` (employees); picks the core function for `.responses`. */
  @property() kpi: NpsKpi = 'nps';

  /** The score, −100…100, for plain HTML. Optional when the three counts are given. */
  @property({ converter: numberAttribute }) score: number | undefined;

  /** Number of promoters (answers 9–10). */
  @property({ converter: numberAttribute }) promoters: number | undefined;

  /** Number of passives (answers 7–8). */
  @property({ converter: numberAttribute }) passives: number | undefined;

  /** Number of detractors (answers 0–6). */
  @property({ converter: numberAttribute }) detractors: number | undefined;

  /** Sample size; must equal the sum of the counts when they are given. */
  @property({ converter: numberAttribute }) n: number | undefined;

  /** Low end of the 95% interval (computed from the counts when omitted). */
  @property({ attribute: 'interval-low', converter: numberAttribute }) intervalLow:
    number | undefined;

  /** High end of the 95% interval. */
  @property({ attribute: 'interval-high', converter: numberAttribute }) intervalHigh:
    number | undefined;

  /** The previous period's score, when no `previous` result is given (no significance test then). */
  @property({ attribute: 'previous-score', converter: numberAttribute }) previousScore:
    number | undefined;

  /** A target score, drawn as a marker on the arc. */
  @property({ converter: numberAttribute }) target: number | undefined;

  /** Fraction digits of the numbers shown. */
  @property({ attribute: 'fraction-digits', converter: numberAttribute }) fractionDigits:
    number | undefined = 1;

  /** A result of `nps()` / `enps()` from `@tablero/core`. */
  @property({ attribute: false }) result: NpsResult | null = null;

  /**
   * Raw answers (scores 0–10 or `SurveyResponse` records), computed with `@tablero/core`.
   * Assign a new array to update (or call `requestUpdate('responses')` after changing it).
   */
  @property({ attribute: false }) responses: readonly SurveyAnswer[] | null = null;

  /** The previous period's result, for the change and its significance. */
  @property({ attribute: false }) previous: NpsResult | PreviousData | null = null;

  /** The previous period's raw answers. */
  @property({ attribute: false }) previousResponses: readonly SurveyAnswer[] | null = null;

  #model: NpsGaugeModel = { state: 'invalid', issues: [] };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Opening the table or a language change must not recompute 100k answers.
    if (this.hasUpdated && !MODEL_INPUTS.some((name) => changed.has(name))) return;
    this.#model = npsGaugeModel(this, {
      kpi: this.kpi,
      score: this.score,
      promoters: this.promoters,
      passives: this.passives,
      detractors: this.detractors,
      n: this.n,
      intervalLow: this.intervalLow,
      intervalHigh: this.intervalHigh,
      previousScore: this.previousScore,
      target: this.target,
      fractionDigits: this.fractionDigits,
      result: this.result,
      responses: this.responses,
      previous: this.previous,
      previousResponses: this.previousResponses,
    });
    const model = this.#model;
    if (model.state === 'invalid') this.warnIssues(model.issues);
    if (model.state === 'ready' || model.state === 'empty') {
      const issue = rejectedIssue('responses', 'answers', model.rejected);
      if (issue) this.warnIssues([issue]);
    }
  }

  get #strings() {
    return npsGaugeStrings(this.textLang);
  }

  /** Digits shown; only read once the model has checked `fraction-digits`. */
  get #digits(): number {
    return this.fractionDigits ?? 1;
  }

  #format = (value: number) => formatNumber(this.locale, value, this.#digits);

  /** The label given, else the name of the KPI shown (a `result` of `enps()` says eNPS). */
  #label(): string {
    const model = this.#model;
    const kpi = model.state === 'ready' || model.state === 'empty' ? model.data.kpi : this.kpi;
    return this.label ?? this.#strings[kpi === 'enps' ? 'enps' : 'nps'];
  }

  protected override render(): TemplateResult {
    const model = this.#model;
    return html`<div part="base" class="base ${this.resize.size}">
      ${this.renderHeader(this.#label(), model)}
      ${this.renderStatus(model, this.#strings.noData) ?? this.#renderReady(model as Ready)}
    </div>`;
  }

  #renderReady(model: Ready): TemplateResult {
    const s = this.#strings;
    const common = commonStrings(this.textLang);
    const { data, comparison, target } = model;
    const value = data.value!;
    return html`
      <div
        part="meter"
        class="meter"
        role="meter"
        aria-labelledby="${this.uid}-label"
        aria-valuemin=${NPS_MIN}
        aria-valuemax=${NPS_MAX}
        aria-valuenow=${value}
        aria-valuetext=${this.#summary(model)}
      >
        ${this.#renderGauge(data, target)}
      </div>
      <p part="details" class="details muted">
        ${data.n !== null ? s.responses(formatNumber(this.locale, data.n, 0)) : nothing}
        ${data.n !== null && data.interval ? ' · ' : nothing}
        ${
          data.interval
            ? s.interval(this.#format(data.interval[0]), this.#format(data.interval[1]))
            : nothing
        }
        ${target !== null ? html` · ${s.targetValue(this.#format(target))}` : nothing}
      </p>
      ${
        comparison && comparison.delta !== null
          ? html`<p
              part="delta"
              class="delta"
              data-direction=${comparison.direction ?? 'flat'}
              data-significant=${String(comparison.significant)}
            >
              <span aria-hidden="true"
                >${comparison.direction === 'flat' ? '=' : comparison.delta > 0 ? '▲' : '▼'}</span
              >
              ${s.vsPrevious(formatSigned(this.locale, comparison.delta, this.#digits))}
              (${s[comparison.direction ?? 'flat']}${
                comparison.significant === false
                  ? html`, <span class="significance">${s.notSignificant}</span>`
                  : nothing
              })
            </p>`
          : nothing
      }
      ${data.counts ? this.#renderBreakdown(data.counts) : nothing}
      ${
        model.rejected.length
          ? html`<p part="notice" class="notice">
              ${common.rejected(formatNumber(this.locale, model.rejected.length, 0))}
            </p>`
          : nothing
      }
      ${this.renderTable(this.#table(model))}
    `;
  }

  #renderGauge(data: GaugeData, target: number | null): TemplateResult {
    const value = data.value!;
    const [zeroIn, zeroOut] = radialTick(0, GAUGE.radius - 12, GAUGE.radius + 12);
    const left = polar(-Math.PI / 2, GAUGE.radius);
    const right = polar(Math.PI / 2, GAUGE.radius);
    const indicator = valueArc(value);
    return html`<svg
      part="chart"
      viewBox="0 0 ${GAUGE.width} ${GAUGE.height}"
      aria-hidden="true"
      focusable="false"
    >
      <path part="track" class="track" d=${trackArc()}></path>
      ${
        data.interval
          ? svg`<path part="interval" class="interval" d=${intervalArc(
              data.interval[0],
              data.interval[1],
              INTERVAL_RADIUS,
            )}></path>`
          : nothing
      }
      ${
        indicator
          ? svg`<path part="indicator" class="indicator ${value < 0 ? 'negative' : 'positive'}"
            pathLength="1" d=${indicator}></path>`
          : nothing
      }
      <line class="zero" x1=${zeroIn.x} y1=${zeroIn.y} x2=${zeroOut.x} y2=${zeroOut.y}></line>
      ${target !== null ? this.#renderTarget(target) : nothing}
      <text class="scale-label" x=${left.x} y=${left.y + 22} text-anchor="middle">
        ${this.#format(NPS_MIN)}
      </text>
      <text class="scale-label" x=${right.x} y=${right.y + 22} text-anchor="middle">
        ${this.#format(NPS_MAX)}
      </text>
      <text part="value" class="value" x=${GAUGE.cx} y=${GAUGE.cy - 6} text-anchor="middle">
        ${this.#format(value)}
      </text>
    </svg>`;
  }

  #renderTarget(target: number) {
    const [a, b] = radialTick(target, GAUGE.radius - 14, INTERVAL_RADIUS + 4);
    return svg`<line part="target" class="target" x1=${a.x} y1=${a.y} x2=${b.x} y2=${b.y}></line>`;
  }

  #renderBreakdown(counts: NonNullable<GaugeData['counts']>): TemplateResult {
    const s = this.#strings;
    const n = counts.promoters + counts.passives + counts.detractors;
    const w = splitBar(counts, BAR_WIDTH);
    const share = (count: number) => (n ? formatPercent(this.locale, (100 * count) / n) : '–');
    const keys = ['detractors', 'passives', 'promoters'] as const;
    return html`<div part="breakdown" class="breakdown">
      <svg
        class="bar"
        viewBox="0 0 ${BAR_WIDTH} 10"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <rect class="detractors" x="0" y="0" width=${w.detractors} height="10"></rect>
        <rect class="passives" x=${w.detractors} y="0" width=${w.passives} height="10"></rect>
        <rect
          class="promoters"
          x=${w.detractors + w.passives}
          y="0"
          width=${w.promoters}
          height="10"
        ></rect>
      </svg>
      <ul class="legend">
        ${keys.map(
          (k) =>
            html`<li>
              <span class="swatch ${k}" aria-hidden="true"></span>${s[k]} ${share(counts[k])}
              (${formatNumber(this.locale, counts[k], 0)})
            </li>`,
        )}
      </ul>
    </div>`;
  }

  /** The sentence a screen reader reads as the meter's value. */
  #summary(model: Ready): string {
    const s = this.#strings;
    const { data, comparison, target } = model;
    const parts = [
      `${this.#format(data.value!)} ${s.scale(this.#format(NPS_MIN), this.#format(NPS_MAX))}`,
    ];
    if (data.interval) {
      parts.push(s.interval(this.#format(data.interval[0]), this.#format(data.interval[1])));
    }
    if (data.n !== null) parts.push(s.responsesLong(formatNumber(this.locale, data.n, 0)));
    if (data.counts) {
      const c = data.counts;
      parts.push(
        (['promoters', 'passives', 'detractors'] as const)
          .map((k) => `${s[k]} ${formatNumber(this.locale, c[k], 0)}`)
          .join(', '),
      );
    }
    if (comparison && comparison.delta !== null) {
      const significance =
        comparison.significant === null
          ? ''
          : `, ${comparison.significant ? s.significant : s.notSignificant}`;
      parts.push(
        `${s.vsPrevious(formatSigned(this.locale, comparison.delta, this.#digits))} (${
          s[comparison.direction ?? 'flat']
        }${significance})`,
      );
    }
    if (target !== null) parts.push(s.targetValue(this.#format(target)));
    return parts.join('; ');
  }

  #table(model: Ready): DataTable {
    const s = this.#strings;
    const { data, comparison, previous, target } = model;
    const rows: string[][] = [[s.score, this.#format(data.value!)]];
    if (data.n !== null) rows.push(['n', formatNumber(this.locale, data.n, 0)]);
    if (data.counts) {
      const c = data.counts;
      const n = c.promoters + c.passives + c.detractors;
      for (const k of ['promoters', 'passives', 'detractors'] as const) {
        const pct = n ? ` (${formatPercent(this.locale, (100 * c[k]) / n)})` : '';
        rows.push([s[k], `${formatNumber(this.locale, c[k], 0)}${pct}`]);
      }
    }
    if (data.interval) {
      rows.push([
        s.intervalShort,
        `${this.#format(data.interval[0])} – ${this.#format(data.interval[1])}`,
      ]);
    }
    if (previous && previous.value !== null) rows.push([s.previous, this.#format(previous.value)]);
    if (comparison && comparison.delta !== null) {
      const sig =
        comparison.significant === null
          ? ''
          : `, ${comparison.significant ? s.significant : s.notSignificant}`;
      rows.push([
        s.change,
        `${formatSigned(this.locale, comparison.delta, this.#digits)} (${
          s[comparison.direction ?? 'flat']
        }${sig})`,
      ]);
    }
    if (target !== null) rows.push([s.target, this.#format(target)]);
    return { caption: this.#label(), columns: [s.measure, s.value], rows };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nps-gauge': NpsGauge;
  }
}
