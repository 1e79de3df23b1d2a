export { CsatCard } from './csat-card.js';
export type { CsatCardData, CsatKpi } from './csat-card-data.js';
export { CSAT_KPIS } from './csat-card-data.js';
export type { CsatAnswer, CsatCardModel, CsatPreviousData } from './csat-card-model.js';
export type { CsatSeriesEntry, CsatSeriesInput } from './csat-series.js';
