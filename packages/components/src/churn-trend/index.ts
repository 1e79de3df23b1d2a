export { ChurnTrend, type ChurnTrendSelectDetail } from './churn-trend.js';
export type { ChurnTrendModel, ChurnEvery } from './churn-trend-model.js';
export { CHURN_EVERY } from './churn-trend-model.js';
export type { TrendPoint } from './trend-point.js';
export { TREND_SERIES, type TrendSeries } from './trend-scales.js';
