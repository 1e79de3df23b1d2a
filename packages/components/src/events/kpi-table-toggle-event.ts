/**
 * `kpi-table-toggle`: the "view as table" fallback was opened or closed, e.g. so an analytics
 * layer can learn how often users need it. Bubbles and is composed.
 */
export class KpiTableToggleEvent extends Event {
  static readonly type = 'kpi-table-toggle';
  readonly open: boolean;

  constructor(open: boolean) {
    super(KpiTableToggleEvent.type, { bubbles: true, composed: true });
    this.open = open;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kpi-table-toggle': KpiTableToggleEvent;
  }
}
