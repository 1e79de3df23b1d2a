import type { PeriodInput, TicketInput } from '@tablero/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from '../internal/decorators.js';
import { KpiSelectEvent } from '../events/kpi-select-event.js';
import { checkNumber, numberAttribute } from '../internal/attribute-check.js';
import { formatDuration, formatNumber, numberFormat } from '../internal/format.js';
import { commonStrings } from '../internal/i18n.js';
import { rejectedIssue } from '../internal/rejected-issue.js';
import { TableroElement } from '../internal/tablero-element.js';
import { placeTooltip } from '../internal/tooltip.js';
import { visuallyHiddenStyles } from '../internal/visually-hidden.js';
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
 * `weekdayHourMatrix`, or `weekdayHourFirstResponse` for FRT mode), or the `counts` attribute for plain HTML:
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
  static override styles = [...TableroElement.styles, visuallyHiddenStyles, ticketHeatmapStyles];

  /** The visible label. Default: "Tickets by weekday and hour" (or the FRT title). */
  @property() label: string | null = null;

  /**
   * `volume` (tickets per cell) or `frt` (median first response per hour of creation, drawn
   * from a `weekdayHourFirstResponse` `.result`). A `.result` draws what it is, whatever the
   * mode says.
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

  /** The cell that holds the roving tabindex. */
  @state() private focusCell: GridPosition | null = null;

  /** The cell the tooltip describes, if one is shown. */
  @state() private tipCell: GridPosition | null = null;

  #model: TicketHeatmapModel = { state: 'invalid', issues: [] };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataChanged = [...changed.keys()].some(
      (key) => key !== 'focusCell' && key !== 'tipCell' && key !== 'tableOpen',
    );
    if (!dataChanged && this.#model.state !== 'invalid') return;
    let model = ticketHeatmapModel({
      mode: this.mode,
      counts: this.counts,
      timeZone: this.timeZone,
      weekStart: this.weekStart,
      steps: this.steps,
      locale: this.locale,
      result: this.result,
      tickets: this.tickets,
      period: this.period,
    });
    const stepsIssue = checkNumber(this, 'steps', this.steps, {
      integer: true,
      min: MIN_STEPS,
      max: MAX_STEPS,
    });
    if (stepsIssue) {
      model = {
        state: 'invalid',
        issues: [...(model.state === 'invalid' ? model.issues : []), stepsIssue],
      };
    }
    this.#model = model;
    if (model.state === 'invalid') this.warnIssues(model.issues);
    else if ('rejected' in model) {
      const issue = rejectedIssue('tickets', 'tickets', model.rejected);
      if (issue) this.warnIssues([issue]);
    }
    if (model.state === 'ready' && (this.focusCell === null || dataChanged)) {
      // Ready means some cell has a value, so there is a peak to start from.
      this.focusCell = model.grid.peak!;
      this.tipCell = null;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#placeTooltip();
  }

  protected override render() {
    const model = this.#model;
    const shown = 'grid' in model ? model : null;
    const frt = (shown?.grid.mode ?? this.mode) === 'frt';
    const s = ticketHeatmapStrings(this.textLang);
    const title = this.label ?? (frt ? s.titleFrt : s.titleVolume);
    const status = this.renderStatus(model, frt ? s.emptyFrt : s.empty);
    return html`<div part="base" class="base ${this.resize.size}">
      ${this.renderHeader(title, model)}
      ${
        shown && !this.loading && !this.error
          ? html`<p part="caption" class="caption muted" id="${this.uid}-caption">
              ${s.timeZone(shown.grid.timeZone)}
            </p>`
          : nothing
      }
      ${status ?? (shown && this.#renderReady(shown.grid, shown.bins, title))}
      ${
        shown?.rejected.length
          ? html`<p part="notice" class="notice">
              ${commonStrings(this.textLang).rejected(this.#number(shown.rejected.length))}
            </p>`
          : nothing
      }
    </div>`;
  }

  #renderReady(grid: HeatmapGrid, bins: HeatmapBins, title: string) {
    const s = ticketHeatmapStrings(this.textLang);
    const locale = this.locale;
    const frt = grid.mode === 'frt';
    const peak = grid.peak!;
    const peakWord = frt ? s.peakFrt : s.peakVolume;
    const zoned = s.zoned(title, grid.timeZone);
    const tip = this.tipCell && grid.rows[this.tipCell.row]?.[this.tipCell.col];
    const range = (from: number, to: number) =>
      bins.unit
        ? numberFormat(locale, {
            style: 'unit',
            unit: bins.unit,
            maximumFractionDigits: 1,
          }).formatRange(from / DURATION_UNITS[bins.unit], to / DURATION_UNITS[bins.unit])
        : from === to
          ? this.#number(from)
          : `${this.#number(from)}–${this.#number(to)}`;
    return html`<div class="ready k${bins.bins.length}">
      <div part="chart" class="chart" @pointerleave=${this.#hideTip}>
        <div
          part="grid"
          class="grid"
          role="grid"
          aria-label=${s.summary(
            zoned,
            // The whole grid read like one cell: `1,234 tickets`; FRT `median 38 min · 120 tickets`.
            this.#valueText({ count: grid.total, value: grid.overall } as HeatmapCell, grid),
            peakWord.toLowerCase(),
            this.#slot(peak),
            this.#valueText(peak, grid),
          )}
          aria-describedby="${this.uid}-caption"
          @keydown=${this.#onKeydown}
          @click=${this.#onPoint}
          @pointerover=${this.#onPoint}
          @focusin=${this.#onPoint}
          @focusout=${this.#onFocusOut}
        >
          <div role="row" class="row">
            <span role="columnheader"><span class="visually-hidden">${s.day}</span></span>
            ${HOUR_LIST.map(
              (hour) =>
                html`<span
                  role="columnheader"
                  part="hour"
                  class="hour ${hour % 6 ? '' : 'h6'} ${hour % 3 ? '' : 'h3'}"
                  ><span class="tick" aria-hidden="true">${hourLabel(locale, hour)}</span
                  ><span class="visually-hidden">${hourRange(locale, hour)}</span></span
                >`,
            )}
          </div>
          ${grid.rows.map(
            (row) =>
              html`<div role="row" class="row">
                <span role="rowheader" part="day" class="day"
                  ><span aria-hidden="true">${weekdayName(locale, row[0]!.weekday, 'short')}</span
                  ><span class="visually-hidden"
                    >${weekdayName(locale, row[0]!.weekday)}</span
                  ></span
                >
                ${row.map((cell) => {
                  const bin = bins.binOf(cell.value);
                  const isPeak = peak === cell;
                  const focus = this.focusCell?.row === cell.row && this.focusCell.col === cell.col;
                  return html`<span
                    role="gridcell"
                    part=${isPeak ? 'cell peak' : 'cell'}
                    class="cell ${bin === null ? 'none' : `bin-${bin}`} ${isPeak ? 'peak' : ''}"
                    tabindex=${focus ? 0 : -1}
                    data-row=${cell.row}
                    data-col=${cell.col}
                    data-count=${cell.count}
                    data-value=${cell.value ?? ''}
                    aria-label="${this.#slot(cell)}: ${this.#valueText(cell, grid)}${
                      isPeak ? ` (${peakWord.toLowerCase()})` : ''
                    }"
                    ><span class="cell-value" aria-hidden="true"
                      >${this.#cellValue(cell, grid)}</span
                    ></span
                  >`;
                })}
              </div>`,
          )}
        </div>
        <div part="tooltip" class="tooltip" aria-hidden="true" ?hidden=${!tip}>
          ${
            tip
              ? html`<strong>${weekdayName(locale, tip.weekday)}</strong>
                  <span>${hourRange(locale, tip.hour)}</span>
                  <span>${this.#valueText(tip, grid)}</span>`
              : nothing
          }
        </div>
      </div>
      <div part="legend" class="legend">
        <span id="${this.uid}-legend">${frt ? s.legendFrt : s.legendVolume}</span>
        <ul aria-labelledby="${this.uid}-legend">
          <li>
            <span part="swatch" class="swatch ${frt ? 'none' : 'bin--1'}"></span>
            ${frt ? s.noAnswered : this.#number(0)}
          </li>
          ${bins.bins.map(
            (bin, i) =>
              html`<li>
                <span part="swatch" class="swatch bin-${i}"></span>${range(bin.from, bin.to)}
              </li>`,
          )}
        </ul>
      </div>
      <p part="peak-note" class="peak-note">
        <strong>${peakWord}:</strong> ${this.#slot(peak)} · ${this.#valueText(peak, grid)}
      </p>
      ${this.renderTable({
        caption: zoned,
        columns: [s.day, ...HOUR_LIST.map((hour) => hourLabel(locale, hour))],
        rows: grid.rows.map((row, i) => [
          weekdayName(locale, grid.weekdays[i]!),
          ...row.map((cell) => this.#cellValue(cell, grid) || '–'),
        ]),
      })}
    </div>`;
  }

  #number(value: number): string {
    return formatNumber(this.locale, value, 0);
  }

  /** `lunes 10:00–11:00` */
  #slot(cell: HeatmapCell): string {
    return `${weekdayName(this.locale, cell.weekday)} ${hourRange(this.locale, cell.hour)}`;
  }

  #tickets(count: number): string {
    return ticketHeatmapStrings(this.textLang).tickets(this.#number(count), count === 1);
  }

  /** The bare number a cell shows (forced colours) and the table holds: `33`, `38 min`, ``. */
  #cellValue(cell: HeatmapCell, grid: HeatmapGrid): string {
    if (grid.mode === 'volume') return this.#number(cell.count);
    return cell.value === null ? '' : formatDuration(this.locale, cell.value);
  }

  /** What a cell holds, in words: `33 tickets`; FRT `median 38 min · 12 tickets`. */
  #valueText(cell: HeatmapCell, grid: HeatmapGrid): string {
    const s = ticketHeatmapStrings(this.textLang);
    if (grid.mode === 'volume') return this.#tickets(cell.count);
    if (cell.value === null) return s.noAnswered;
    return `${s.median(this.#cellValue(cell, grid))} · ${this.#tickets(cell.count)}`;
  }

  #cellFrom(target: EventTarget | null): GridPosition | null {
    const element = (target as Element | null)?.closest?.('.cell') as HTMLElement | null;
    return element && { row: Number(element.dataset.row), col: Number(element.dataset.col) };
  }

  #cellElement({ row, col }: GridPosition) {
    return this.renderRoot.querySelector<HTMLElement>(
      `.cell[data-row="${row}"][data-col="${col}"]`,
    );
  }

  #select(at: GridPosition): void {
    const model = this.#model;
    const cell = model.state === 'ready' && model.grid.rows[at.row]?.[at.col];
    if (!cell) return;
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
    const key = event.key;
    if (!from) return;
    if (key === 'Escape') this.tipCell = null;
    if (key !== 'Enter' && key !== ' ' && !isGridKey(key)) return;
    event.preventDefault();
    if (!isGridKey(key)) return this.#select(from);
    const to = moveInGrid(
      from,
      key,
      { rows: 7, cols: HOURS },
      { ctrl: event.ctrlKey || event.metaKey, rtl: getComputedStyle(this).direction === 'rtl' },
    );
    this.focusCell = this.tipCell = to;
    // Focus now rather than after the update: the next key may arrive before it.
    this.#cellElement(to)?.focus();
  };

  /** Hover, focus and click show the tooltip for a cell; click also selects it. */
  #onPoint = (event: Event): void => {
    const at = this.#cellFrom(event.target);
    if (!at) return;
    if (at.row !== this.tipCell?.row || at.col !== this.tipCell.col) this.tipCell = at;
    if (event.type === 'pointerover') return;
    this.focusCell = at;
    if (event.type === 'click') this.#select(at);
  };

  #onFocusOut = (event: FocusEvent): void => {
    if (!this.#cellFrom(event.relatedTarget)) this.tipCell = null;
  };

  #hideTip = (): void => {
    if (!this.renderRoot.querySelector('.cell:focus')) this.tipCell = null;
  };

  /** Positions the tooltip above its cell, inside the chart (CSSOM, so no `style` strings). */
  #placeTooltip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const cell = this.tipCell && this.#cellElement(this.tipCell);
    if (!tip || !cell || tip.hidden) return;
    const box = tip.parentElement!.getBoundingClientRect();
    const at = cell.getBoundingClientRect();
    const place = placeTooltip(
      { x: at.left - box.left + at.width / 2, y: at.top - box.top },
      { width: tip.offsetWidth, height: tip.offsetHeight },
      { width: box.width, height: box.height + at.height },
    );
    // Below the cell means below its bottom edge, not its top.
    tip.style.left = `${place.left}px`;
    tip.style.top = `${place.top + (place.side === 'below' ? at.height : 0)}px`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ticket-heatmap': TicketHeatmap;
  }
}
