import { defineStrings } from '../internal/i18n.js';

/** `<ticket-heatmap>` strings. Arguments arrive already formatted for the locale. */
export const ticketHeatmapStrings = defineStrings({
  en: {
    titleVolume: 'Tickets by weekday and hour',
    titleFrt: 'First response by weekday and hour',
    timeZone: (zone: string) => `Time zone: ${zone}`,
    day: 'Day',
    hour: 'Hour',
    tickets: (n: string, one: boolean) => (one ? `${n} ticket` : `${n} tickets`),
    median: (value: string) => `median ${value}`,
    noAnswered: 'no answered tickets',
    peakVolume: 'Busiest',
    peakFrt: 'Slowest',
    legendVolume: 'Tickets per hour',
    legendFrt: 'Median first response',
    noData: 'no data',
    summaryVolume: (zone: string, total: string, slot: string, count: string) =>
      `Tickets by weekday and hour, ${zone} time: ${total} in all; busiest ${slot} with ${count}.`,
    summaryFrt: (zone: string, overall: string, n: string, slot: string, median: string) =>
      `Median first response by weekday and hour of creation, ${zone} time: ${overall} over ${n}; ` +
      `slowest ${slot} at ${median}.`,
    empty: 'No tickets in this period',
    emptyFrt: 'No answered tickets in this period',
    tableCaption: (zone: string) => `Tickets by weekday (rows) and hour (columns), ${zone} time`,
    tableCaptionFrt: (zone: string) =>
      `Median first response by weekday (rows) and hour (columns), ${zone} time`,
  },
  es: {
    titleVolume: 'Tickets por día y hora',
    titleFrt: 'Primera respuesta por día y hora',
    timeZone: (zone: string) => `Zona horaria: ${zone}`,
    day: 'Día',
    hour: 'Hora',
    tickets: (n: string, one: boolean) => (one ? `${n} ticket` : `${n} tickets`),
    median: (value: string) => `mediana ${value}`,
    noAnswered: 'ningún ticket respondido',
    peakVolume: 'Hora punta',
    peakFrt: 'Más lenta',
    legendVolume: 'Tickets por hora',
    legendFrt: 'Mediana de primera respuesta',
    noData: 'sin datos',
    summaryVolume: (zone: string, total: string, slot: string, count: string) =>
      `Tickets por día y hora, hora de ${zone}: ${total} en total; hora punta ${slot} con ${count}.`,
    summaryFrt: (zone: string, overall: string, n: string, slot: string, median: string) =>
      `Mediana de primera respuesta por día y hora de creación, hora de ${zone}: ${overall} ` +
      `sobre ${n}; la más lenta ${slot}, con ${median}.`,
    empty: 'No hay tickets en este periodo',
    emptyFrt: 'No hay tickets respondidos en este periodo',
    tableCaption: (zone: string) => `Tickets por día (filas) y hora (columnas), hora de ${zone}`,
    tableCaptionFrt: (zone: string) =>
      `Mediana de primera respuesta por día (filas) y hora (columnas), hora de ${zone}`,
  },
});
