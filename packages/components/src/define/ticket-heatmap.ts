import { defineElement } from '../internal/define-element.js';
import { TicketHeatmap } from '../ticket-heatmap/ticket-heatmap.js';

/** Registers `<ticket-heatmap>`; importing this module twice, or with another copy present, is safe. */
defineElement('ticket-heatmap', TicketHeatmap);

export { TicketHeatmap };
