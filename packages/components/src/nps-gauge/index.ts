export { NpsGauge } from './nps-gauge.js';
export type { GaugeData, NpsGaugeModel, NpsKpi, PreviousData } from './nps-gauge-model.js';
export { NPS_KPIS } from './nps-gauge-model.js';
