import { defineStrings } from '../internal/i18n.js';

/**
 * `<ticket-heatmap>` strings. Arguments arrive already formatted for the locale. The grid's
 * name and the table caption are built from the title and `zoned`, one sentence shape for
 * both modes, rather than a variant per mode (each variant ships in every bundle).
 */
export const ticketHeatmapStrings = defineStrings({
  en: {
    titleVolume: 'Tickets by weekday and hour',
    titleFrt: 'First response by weekday and hour',
    timeZone: (zone: string) => `Time zone: ${zone}`,
    /** `Tickets by weekday and hour, Europe/Madrid time`: the table caption. */
    zoned: (title: string, zone: string) => `${title}, ${zone} time`,
    /** The grid's accessible name: `<zoned>: 1,234 tickets in all; busiest Monday 10:00–11:00 with 33 tickets.` */
    summary: (zoned: string, total: string, peak: string, slot: string, value: string) =>
      `${zoned}: ${total} in all; ${peak} ${slot} with ${value}.`,
    day: 'Day',
    tickets: (n: string, one: boolean) => (one ? `${n} ticket` : `${n} tickets`),
    median: (value: string) => `median ${value}`,
    noAnswered: 'no answered tickets',
    peakVolume: 'Busiest',
    peakFrt: 'Slowest',
    legendVolume: 'Tickets per hour',
    legendFrt: 'Median first response',
    empty: 'No tickets in this period',
    emptyFrt: 'No answered tickets in this period',
  },
  es: {
    titleVolume: 'Tickets por día y hora',
    titleFrt: 'Primera respuesta por día y hora',
    timeZone: (zone: string) => `Zona horaria: ${zone}`,
    zoned: (title: string, zone: string) => `${title}, hora de ${zone}`,
    summary: (zoned: string, total: string, peak: string, slot: string, value: string) =>
      `${zoned}: ${total} en total; ${peak} ${slot} con ${value}.`,
    day: 'Día',
    median: (value: string) => `mediana ${value}`,
    noAnswered: 'ningún ticket respondido',
    peakVolume: 'Hora punta',
    peakFrt: 'Más lenta',
    legendVolume: 'Tickets por hora',
    legendFrt: 'Mediana de primera respuesta',
    empty: 'No hay tickets en este periodo',
    emptyFrt: 'No hay tickets respondidos en este periodo',
  },
});
