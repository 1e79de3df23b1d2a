import type { BusinessSchedule, PeriodInput, TicketInput } from '@tablero/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { KpiSelectEvent } from '../events/kpi-select-event.js';
import { checkNumber, numberAttribute } from '../internal/attribute-check.js';
import type { DataTable } from '../internal/data-table.js';
import { formatDuration, formatNumber, numberFormat } from '../internal/format.js';
import { commonStrings } from '../internal/i18n.js';
import { rejectedIssue } from '../internal/rejected-issue.js';
import { TableroElement } from '../internal/tablero-element.js';
import { placeTooltip } from '../internal/tooltip.js';
import { DURATION_UNITS, MAX_STEPS, MIN_STEPS, type HeatmapBins } from './heatmap-bins.js';
import { hourLabel, hourRange, weekdayName } from './heatmap-format.js';
import { HOURS, type HeatmapCell, type HeatmapGrid, type HeatmapMode } from './heatmap-grid.js';
import { isGridKey, moveInGrid, type GridPosition } from './grid-navigation.js';
import {
  ticketHeatmapModel,
  type HeatmapResult,
  type TicketHeatmapModel,
} from './ticket-heatmap-model.js';
import { ticketHeatmapStrings } from './ticket-heatmap.strings.js';
import { ticketHeatmapStyles } from './ticket-heatmap.styles.js';
import type { IsoWeekday } from './week-start.js';

type Shown = Extract<TicketHeatmapModel, { state: 'ready' | 'empty' }>;

/** `detail` of the `kpi-select` event a cell fires on click, tap, Enter or Space. */
export interface TicketHeatmapSelectDetail {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: IsoWeekday;
  /** Local hour 0–23 in `timeZone`. */
  hour: number;
  /** Tickets created in that hour (FRT mode: answered tickets). */
  count: number;
  /** FRT mode: the cell's median first response in minutes (`null`: none answered). */
  median?: number | null;
  timeZone: string;
}

const HOUR_LIST = Array.from({ length: HOURS }, (_, h) => h);

/**
 * @summary A weekday × hour grid of ticket volume (or median first response) in a named time
 * zone, with a binned colour legend, the peak cell highlighted, keyboard navigation between
 * cells and a table view.
 *
 * Data comes in three ways, by precedence: raw tickets (`.tickets`, bucketed by
 * `@tablero/core`'s `weekdayHourMatrix` in `time-zone`), a core result (`.result`, from
 * `weekdayHourMatrix` or `weekdayHourFirstResponse`), or the `counts` attribute for plain HTML:
 * JSON, 7 arrays (Monday … Sunday) of 24 whole numbers (hours 0–23 in `time-zone`). Bad input
 * never throws: the element shows an invalid state and warns once, naming the attribute.
 *
 * Keyboard: Tab enters the grid on one cell (roving tabindex); ←/→ move an hour and continue
 * into the next or previous day, ↑/↓ move a day, Home/End go to the ends of the day
 * (Ctrl+Home/End: of the grid), PageUp/PageDown to the first/last day; all stop at the edges.
 * Enter or Space selects the cell; Escape hides the tooltip.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart header - The row with the label and the table toggle.
 * @csspart label - The visible label.
 * @csspart caption - The time zone the grid is drawn in.
 * @csspart chart - The grid and its tooltip.
 * @csspart grid - The `role="grid"` element; its accessible name is the text summary.
 * @csspart day - A weekday row header.
 * @csspart hour - An hour column header.
 * @csspart cell - A grid cell.
 * @csspart peak - The busiest cell (slowest in FRT mode), besides `cell`.
 * @csspart tooltip - The tooltip with weekday, hour range and count.
 * @csspart legend - The colour legend.
 * @csspart swatch - A colour swatch in the legend.
 * @csspart peak-note - The line naming the peak cell under the grid.
 * @csspart notice - The note about rejected tickets.
 * @csspart table-toggle - The "view as table" button.
 * @csspart table - The data table.
 * @csspart state - The empty, loading, error or invalid panel.
 *
 * @cssproperty --ticket-heatmap-color-low - The colour of zero, where the ramp starts. Default `--tablero-color-scale-low`.
 * @cssproperty --ticket-heatmap-color-high - The colour of the top bin. Default `--tablero-color-scale-high`.
 * @cssproperty --ticket-heatmap-peak-color - The outline of the peak cell. Default `--tablero-color-text`.
 * @cssproperty --ticket-heatmap-cell-size - Height of a cell (width follows the container). Default `1.5rem`.
 * @cssproperty --ticket-heatmap-gap - Space between cells. Default `2px`.
 * @cssproperty --ticket-heatmap-padding - Space inside the element. Default `0.75rem`.
 *
 * @event kpi-select - A cell was chosen (click, tap, Enter or Space); `event.detail` is a
 * `TicketHeatmapSelectDetail`: `{ weekday, hour, count, timeZone }`, plus `median` in FRT mode.
 * @event kpi-table-toggle - The table view was opened or closed (`event.open`).
 */
export class TicketHeatmap extends TableroElement {
  static override styles = [...TableroElement.styles, ticketHeatmapStyles];

  /** The visible label. Default: "Tickets by weekday and hour" (or the FRT title). */
  @property() label: string | null = null;

  /**
   * `volume` (tickets per cell) or `frt` (median first response per hour of creation) for
   * `.tickets`. A `.result` draws what it is, whatever the mode says.
   */
  @property() mode: HeatmapMode = 'volume';

  /** Plain-HTML data: JSON, 7 arrays (Monday … Sunday) of 24 whole numbers. */
  @property() counts: string | null = null;

  /** IANA zone the grid is drawn in (e.g. `Europe/Madrid`). Default: the browser's zone. */
  @property({ attribute: 'time-zone' }) timeZone: string | null = null;

  /** First row: `1`–`7` (ISO, 7 = Sunday) or a weekday name. Default: the locale's week start. */
  @property({ attribute: 'week-start' }) weekStart: string | null = null;

  /** Number of colour classes wanted, 2–9 (fewer when the values are small). Default 5. */
  @property({ converter: numberAttribute }) steps: number | undefined;

  /** A `weekdayHourMatrix()` or `weekdayHourFirstResponse()` result from `@tablero/core`. */
  @property({ attribute: false }) result: HeatmapResult | null = null;

  /** Raw tickets, bucketed by `@tablero/core` in `time-zone` (lenient: bad ones are listed). */
  @property({ attribute: false }) tickets: readonly TicketInput[] | null = null;

  /** With `.tickets`: count only tickets created in this period. */
  @property({ attribute: false }) period: PeriodInput | null = null;

  /** With `.tickets` in FRT mode: measure business minutes only. */
  @property({ attribute: false }) schedule: BusinessSchedule | null = null;

  /** The cell that holds the roving tabindex. */
  @state() private focusCell: GridPosition | null = null;

  /** The cell the tooltip describes, if one is shown. */
  @state() private tipCell: GridPosition | null = null;

  @query('.tooltip') private tooltipElement?: HTMLElement;
  @query('.chart') private chartElement?: HTMLElement;

  #model: TicketHeatmapModel = { state: 'invalid', issues: [] };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataChanged = [...changed.keys()].some(
      (key) => key !== 'focusCell' && key !== 'tipCell' && key !== 'tableOpen',
    );
    if (!dataChanged && this.#model.state !== 'invalid') return;
    this.#model = ticketHeatmapModel({
      mode: this.mode,
      counts: this.counts,
      timeZone: this.timeZone,
      weekStart: this.weekStart,
      steps: this.steps,
      locale: this.locale,
      result: this.result,
      tickets: this.tickets,
      period: this.period,
      schedule: this.schedule,
    });
    const stepsIssue = checkNumber(this, 'steps', this.steps, {
      integer: true,
      min: MIN_STEPS,
      max: MAX_STEPS,
    });
    if (stepsIssue) {
      const issues = this.#model.state === 'invalid' ? this.#model.issues : [];
      this.#model = { state: 'invalid', issues: [...issues, stepsIssue] };
    }
    const model = this.#model;
    if (model.state === 'invalid') this.warnIssues(model.issues);
    if (model.state === 'ready' || model.state === 'empty') {
      const issue = rejectedIssue('tickets', 'tickets', model.rejected);
      if (issue) this.warnIssues([issue]);
    }
    if (model.state === 'ready' && (this.focusCell === null || dataChanged)) {
      const peak = model.grid.peak;
      this.focusCell = peak ? { row: peak.row, col: peak.col } : { row: 0, col: 0 };
      this.tipCell = null;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#placeTooltip();
  }

  get #strings() {
    return ticketHeatmapStrings(this.textLang);
  }

  #label(mode: HeatmapMode): string {
    return this.label ?? (mode === 'frt' ? this.#strings.titleFrt : this.#strings.titleVolume);
  }

  protected override render(): TemplateResult {
    const model = this.#model;
    const shown = model.state === 'ready' || model.state === 'empty' ? model : null;
    const mode = shown?.grid.mode ?? (this.mode === 'frt' ? 'frt' : 'volume');
    const s = this.#strings;
    const status = this.renderStatus(model, mode === 'frt' ? s.emptyFrt : s.empty);
    return html`<div part="base" class="base ${this.resize.size}">
      ${this.renderHeader(this.#label(mode), model)}
      ${
        shown && !this.loading && !this.error
          ? html`<p part="caption" class="caption muted" id="${this.uid}-caption">
              ${s.timeZone(this.#zoneLabel(shown.grid.timeZone))}
            </p>`
          : nothing
      }
      ${
        status
          ? html`${status}${shown ? this.#renderNotice(shown) : nothing}`
          : this.#renderReady(model as Shown)
      }
    </div>`;
  }

  /** `Europe/Madrid (hora de Europa central)`: the IANA id users configure, and a readable name. */
  #zoneLabel(timeZone: string): string {
    try {
      const name = new Intl.DateTimeFormat(this.locale, { timeZone, timeZoneName: 'longGeneric' })
        .formatToParts(0)
        .find((part) => part.type === 'timeZoneName')?.value;
      return name && name !== timeZone ? `${timeZone} (${name})` : timeZone;
    } catch {
      return timeZone;
    }
  }

  #renderReady(model: Shown): TemplateResult {
    const { grid, bins } = model;
    const s = this.#strings;
    const tip = this.tipCell ? grid.rows[this.tipCell.row]?.[this.tipCell.col] : undefined;
    return html`<div class="ready k${bins.bins.length}">
      <div part="chart" class="chart" @pointerleave=${this.#hideTip}>
        <div
          part="grid"
          class="grid"
          role="grid"
          aria-label=${this.#summary(grid)}
          aria-describedby="${this.uid}-caption"
          @keydown=${this.#onKeydown}
          @click=${this.#onClick}
          @pointerover=${this.#onPointerOver}
          @focusin=${this.#onFocusIn}
          @focusout=${this.#onFocusOut}
        >
          <div role="row" class="row head">
            <span role="columnheader" class="corner"
              ><span class="visually-hidden">${s.day}</span></span
            >
            ${HOUR_LIST.map(
              (hour) =>
                html`<span
                  role="columnheader"
                  part="hour"
                  class="hour ${hour % 6 === 0 ? 'h6' : ''} ${hour % 3 === 0 ? 'h3' : ''}"
                  ><span class="tick" aria-hidden="true">${hourLabel(this.locale, hour)}</span
                  ><span class="visually-hidden">${hourRange(this.locale, hour)}</span></span
                >`,
            )}
          </div>
          ${grid.rows.map((row) => this.#renderRow(row, grid, bins))}
        </div>
        <div part="tooltip" class="tooltip" aria-hidden="true" ?hidden=${!tip}>
          ${tip ? this.#renderTip(tip, grid) : nothing}
        </div>
      </div>
      ${this.#renderLegend(grid, bins)} ${this.#renderPeak(grid)} ${this.#renderNotice(model)}
      ${this.renderTable(this.#table(grid))}
    </div>`;
  }

  #renderRow(row: HeatmapCell[], grid: HeatmapGrid, bins: HeatmapBins): TemplateResult {
    const weekday = row[0]!.weekday;
    return html`<div role="row" class="row">
      <span role="rowheader" part="day" class="day"
        ><span aria-hidden="true">${weekdayName(this.locale, weekday, 'short')}</span
        ><span class="visually-hidden">${weekdayName(this.locale, weekday)}</span></span
      >
      ${row.map((cell) => {
        const bin = bins.binOf(cell.value);
        const kind = bin === null ? 'none' : bin < 0 ? 'zero' : `bin-${bin}`;
        const peak = grid.peak === cell;
        const focus = this.focusCell?.row === cell.row && this.focusCell.col === cell.col;
        return html`<span
          role="gridcell"
          part=${peak ? 'cell peak' : 'cell'}
          class="cell ${kind} ${peak ? 'peak' : ''}"
          tabindex=${focus ? 0 : -1}
          data-row=${cell.row}
          data-col=${cell.col}
          data-count=${cell.count}
          data-value=${cell.value ?? ''}
          aria-label=${this.#cellText(cell, grid, peak)}
          ><span class="cell-value" aria-hidden="true"
            >${this.#valueText(cell, grid, true)}</span
          ></span
        >`;
      })}
    </div>`;
  }

  #renderTip(cell: HeatmapCell, grid: HeatmapGrid): TemplateResult {
    return html`<strong>${weekdayName(this.locale, cell.weekday)}</strong>
      <span>${hourRange(this.locale, cell.hour)}</span>
      <span>${this.#valueText(cell, grid)}</span>`;
  }

  #renderLegend(grid: HeatmapGrid, bins: HeatmapBins): TemplateResult {
    const s = this.#strings;
    const range = (from: number, to: number) =>
      bins.unit
        ? numberFormat(this.locale, {
            style: 'unit',
            unit: bins.unit,
            maximumFractionDigits: 1,
          }).formatRange(from / DURATION_UNITS[bins.unit], to / DURATION_UNITS[bins.unit])
        : from === to
          ? formatNumber(this.locale, from, 0)
          : `${formatNumber(this.locale, from, 0)}–${formatNumber(this.locale, to, 0)}`;
    return html`<div part="legend" class="legend">
      <span id="${this.uid}-legend">${grid.mode === 'frt' ? s.legendFrt : s.legendVolume}</span>
      <ul aria-labelledby="${this.uid}-legend">
        <li>
          <span part="swatch" class="swatch ${grid.mode === 'frt' ? 'none' : 'zero'}"></span>
          ${grid.mode === 'frt' ? s.noData : formatNumber(this.locale, 0, 0)}
        </li>
        ${bins.bins.map(
          (bin, i) =>
            html`<li>
              <span part="swatch" class="swatch bin-${i}"></span>${range(bin.from, bin.to)}
            </li>`,
        )}
      </ul>
    </div>`;
  }

  #renderPeak(grid: HeatmapGrid): TemplateResult | typeof nothing {
    const peak = grid.peak;
    if (!peak) return nothing;
    const s = this.#strings;
    return html`<p part="peak-note" class="peak-note">
      <strong>${grid.mode === 'frt' ? s.peakFrt : s.peakVolume}:</strong>
      ${this.#slot(peak)} · ${this.#valueText(peak, grid)}
    </p>`;
  }

  #renderNotice(model: Shown): TemplateResult | typeof nothing {
    if (!model.rejected.length) return nothing;
    const common = commonStrings(this.textLang);
    return html`<p part="notice" class="notice">
      ${common.rejected(formatNumber(this.locale, model.rejected.length, 0))}
    </p>`;
  }

  /** `lunes 10:00–11:00` */
  #slot(cell: HeatmapCell): string {
    return `${weekdayName(this.locale, cell.weekday)} ${hourRange(this.locale, cell.hour)}`;
  }

  #tickets(count: number): string {
    return this.#strings.tickets(formatNumber(this.locale, count, 0), count === 1);
  }

  /** What a cell holds: `33 tickets`; FRT `median 38 min · 12 tickets`. `short`: the bare number. */
  #valueText(cell: HeatmapCell, grid: HeatmapGrid, short = false): string {
    if (grid.mode === 'volume') {
      return short ? formatNumber(this.locale, cell.count, 0) : this.#tickets(cell.count);
    }
    if (cell.value === null) return short ? '' : this.#strings.noAnswered;
    const median = formatDuration(this.locale, cell.value);
    return short ? median : `${this.#strings.median(median)} · ${this.#tickets(cell.count)}`;
  }

  #cellText(cell: HeatmapCell, grid: HeatmapGrid, peak: boolean): string {
    const s = this.#strings;
    const mark = peak ? ` (${(grid.mode === 'frt' ? s.peakFrt : s.peakVolume).toLowerCase()})` : '';
    return `${this.#slot(cell)}: ${this.#valueText(cell, grid)}${mark}`;
  }

  /** The sentence a screen reader reads as the grid's name: zone, total and the peak. */
  #summary(grid: HeatmapGrid): string {
    const s = this.#strings;
    const peak = grid.peak!;
    if (grid.mode === 'frt') {
      return s.summaryFrt(
        grid.timeZone,
        grid.overall === null ? '–' : formatDuration(this.locale, grid.overall),
        this.#tickets(grid.total),
        this.#slot(peak),
        formatDuration(this.locale, peak.value!),
      );
    }
    return s.summaryVolume(
      grid.timeZone,
      this.#tickets(grid.total),
      this.#slot(peak),
      this.#tickets(peak.count),
    );
  }

  /**
   * The grid as drawn (issue 3): weekdays as rows, the 24 hours as columns. Wider than a phone,
   * so the shared table wrapper scrolls and is a focusable, named region.
   */
  #table(grid: HeatmapGrid): DataTable {
    const s = this.#strings;
    const cell = (c: HeatmapCell) =>
      grid.mode === 'volume'
        ? formatNumber(this.locale, c.count, 0)
        : c.value === null
          ? '–'
          : formatDuration(this.locale, c.value);
    return {
      caption:
        grid.mode === 'frt' ? s.tableCaptionFrt(grid.timeZone) : s.tableCaption(grid.timeZone),
      columns: [s.day, ...HOUR_LIST.map((hour) => hourLabel(this.locale, hour))],
      rows: grid.rows.map((row, i) => [
        weekdayName(this.locale, grid.weekdays[i]!),
        ...row.map(cell),
      ]),
    };
  }

  #cellFrom(target: EventTarget | null): GridPosition | null {
    const element = (target as Element | null)?.closest?.('.cell') as HTMLElement | null;
    if (!element) return null;
    return { row: Number(element.dataset.row), col: Number(element.dataset.col) };
  }

  #cellAt(position: GridPosition): HeatmapCell | undefined {
    const model = this.#model;
    return model.state === 'ready' ? model.grid.rows[position.row]?.[position.col] : undefined;
  }

  #select(position: GridPosition): void {
    const model = this.#model;
    const cell = this.#cellAt(position);
    if (!cell || model.state !== 'ready') return;
    const detail: TicketHeatmapSelectDetail = {
      weekday: cell.weekday,
      hour: cell.hour,
      count: cell.count,
      timeZone: model.grid.timeZone,
    };
    if (model.grid.mode === 'frt') detail.median = cell.value;
    // Built apart from dispatchEvent: the CEM analyzer reads `dispatchEvent(new X(arg))` as an
    // event named after `arg`; `kpi-select` is documented with @event above.
    const event = new KpiSelectEvent(detail);
    this.dispatchEvent(event);
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const from = this.#cellFrom(event.target);
    if (!from) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#select(from);
      return;
    }
    if (event.key === 'Escape') {
      this.tipCell = null;
      return;
    }
    if (!isGridKey(event.key)) return;
    event.preventDefault();
    const to = moveInGrid(
      from,
      event.key,
      { rows: 7, cols: HOURS },
      { ctrl: event.ctrlKey || event.metaKey, rtl: getComputedStyle(this).direction === 'rtl' },
    );
    this.focusCell = to;
    this.tipCell = to;
    // Focus now rather than after the update: the next key may arrive before it.
    this.renderRoot
      .querySelector<HTMLElement>(`.cell[data-row="${to.row}"][data-col="${to.col}"]`)
      ?.focus();
  };

  #onClick = (event: MouseEvent): void => {
    const at = this.#cellFrom(event.target);
    if (!at) return;
    this.focusCell = at;
    this.tipCell = at;
    this.#select(at);
  };

  #onPointerOver = (event: PointerEvent): void => {
    const at = this.#cellFrom(event.target);
    if (at && (at.row !== this.tipCell?.row || at.col !== this.tipCell.col)) this.tipCell = at;
  };

  #onFocusIn = (event: FocusEvent): void => {
    const at = this.#cellFrom(event.target);
    if (!at) return;
    this.focusCell = at;
    this.tipCell = at;
  };

  #onFocusOut = (event: FocusEvent): void => {
    if (!this.#cellFrom(event.relatedTarget)) this.tipCell = null;
  };

  #hideTip = (): void => {
    if (!this.renderRoot.querySelector('.cell:focus')) this.tipCell = null;
  };

  /** Positions the tooltip above its cell, inside the chart (CSSOM, so no `style` strings). */
  #placeTooltip(): void {
    const tip = this.tooltipElement;
    const chart = this.chartElement;
    if (!tip || !chart || !this.tipCell || tip.hidden) return;
    const cell = this.renderRoot.querySelector<HTMLElement>(
      `.cell[data-row="${this.tipCell.row}"][data-col="${this.tipCell.col}"]`,
    );
    if (!cell) return;
    const box = chart.getBoundingClientRect();
    const at = cell.getBoundingClientRect();
    const place = placeTooltip(
      { x: at.left - box.left + at.width / 2, y: at.top - box.top },
      { width: tip.offsetWidth, height: tip.offsetHeight },
      { width: box.width, height: box.height + at.height },
    );
    // Below the cell means below its bottom edge, not its top.
    const top = place.side === 'below' ? place.top + at.height : place.top;
    tip.style.setProperty('left', `${place.left}px`);
    tip.style.setProperty('top', `${top}px`);
    tip.dataset.side = place.side;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ticket-heatmap': TicketHeatmap;
  }
}
