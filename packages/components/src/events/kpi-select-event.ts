/**
 * `kpi-select`: the user chose a data point (a heatmap cell, a trend point) by click, tap or
 * Enter. `detail` describes the point; its shape is documented on each element.
 * Bubbles and is composed, so a listener on the page sees it from inside any shadow root.
 */
export class KpiSelectEvent<Detail = unknown> extends Event {
  static readonly type = 'kpi-select';
  readonly detail: Detail;

  constructor(detail: Detail) {
    super(KpiSelectEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kpi-select': KpiSelectEvent;
  }
}
