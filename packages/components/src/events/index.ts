export { KpiSelectEvent } from './kpi-select-event.js';
export { KpiTableToggleEvent } from './kpi-table-toggle-event.js';
