export { TicketHeatmap, type TicketHeatmapSelectDetail } from './ticket-heatmap.js';
export type { HeatmapResult, TicketHeatmapModel } from './ticket-heatmap-model.js';
export type { HeatmapCell, HeatmapGrid, HeatmapMode } from './heatmap-grid.js';
export { HEATMAP_MODES } from './heatmap-grid.js';
export type { IsoWeekday } from './week-start.js';
