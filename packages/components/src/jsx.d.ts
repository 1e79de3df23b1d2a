/**
 * JSX types for React 19, which passes props to custom elements as properties (when the
 * element has one of that name) and `on<event-name>` props as event listeners.
 *
 *   // tsconfig.json: "types": ["@tablero/components/jsx"], or in one file:
 *   import type {} from '@tablero/components/jsx';
 *   <nps-gauge label="NPS" result={result} onkpi-table-toggle={(e) => e.open} />
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { KpiSelectEvent } from './events/kpi-select-event.js';
import type { KpiTableToggleEvent } from './events/kpi-table-toggle-event.js';
import type { CsatCard } from './csat-card/csat-card.js';
import type { ChurnTrend, ChurnTrendSelectDetail } from './churn-trend/churn-trend.js';
import type { NpsGauge } from './nps-gauge/nps-gauge.js';
import type { TicketHeatmap, TicketHeatmapSelectDetail } from './ticket-heatmap/ticket-heatmap.js';
import type { TableroElement } from './internal/tablero-element.js';

/** Props every Tablero element takes: its events, and the shared `theme`/`loading`/`error`. */
export interface TableroJsxEvents {
  'onkpi-select'?: (event: KpiSelectEvent) => void;
  'onkpi-table-toggle'?: (event: KpiTableToggleEvent) => void;
}

/** React props of a Tablero element `E`: HTML attributes, its public properties `P`, events. */
export type TableroJsxProps<E extends TableroElement, P extends keyof E> = Omit<
  DetailedHTMLProps<HTMLAttributes<E>, E>,
  P | 'theme'
> &
  Partial<Pick<E, P | 'theme' | 'loading' | 'error'>> &
  TableroJsxEvents;

export type NpsGaugeJsxProps = TableroJsxProps<
  NpsGauge,
  | 'label'
  | 'kpi'
  | 'score'
  | 'promoters'
  | 'passives'
  | 'detractors'
  | 'n'
  | 'intervalLow'
  | 'intervalHigh'
  | 'previousScore'
  | 'target'
  | 'fractionDigits'
  | 'result'
  | 'responses'
  | 'previous'
  | 'previousResponses'
>;

export type CsatCardJsxProps = TableroJsxProps<
  CsatCard,
  | 'label'
  | 'kpi'
  | 'scale'
  | 'positiveThreshold'
  | 'value'
  | 'positive'
  | 'n'
  | 'distribution'
  | 'intervalLow'
  | 'intervalHigh'
  | 'previousValue'
  | 'previousPositive'
  | 'previousN'
  | 'series'
  | 'fractionDigits'
  | 'result'
  | 'responses'
  | 'previous'
  | 'previousResponses'
>;

export type ChurnTrendJsxProps = Omit<
  TableroJsxProps<
    ChurnTrend,
    | 'label'
    | 'metric'
    | 'target'
    | 'points'
    | 'result'
    | 'customers'
    | 'from'
    | 'to'
    | 'every'
    | 'timeZone'
    | 'weekStart'
    | 'asOf'
  >,
  'onkpi-select'
> & {
  'onkpi-select'?: (event: KpiSelectEvent<ChurnTrendSelectDetail>) => void;
};

export type TicketHeatmapJsxProps = Omit<
  TableroJsxProps<
    TicketHeatmap,
    | 'label'
    | 'mode'
    | 'counts'
    | 'timeZone'
    | 'weekStart'
    | 'steps'
    | 'result'
    | 'tickets'
    | 'period'
  >,
  'onkpi-select'
> & {
  'onkpi-select'?: (event: KpiSelectEvent<TicketHeatmapSelectDetail>) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'nps-gauge': NpsGaugeJsxProps;
      'churn-trend': ChurnTrendJsxProps;
      'ticket-heatmap': TicketHeatmapJsxProps;
      'csat-card': CsatCardJsxProps;
    }
  }
}
