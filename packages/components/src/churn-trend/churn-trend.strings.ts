import { defineStrings } from '../internal/i18n.js';

/** `<churn-trend>` strings. Arguments arrive already formatted for the locale. */
export const churnTrendStrings = defineStrings({
  en: {
    churn: 'Churn rate',
    retention: 'Retention rate',
    churnShort: 'Churn',
    retentionShort: 'Retention',
    metric: 'Show',
    period: 'Period',
    start: 'Customers at start (S)',
    lost: 'Lost (L)',
    newLost: 'New and lost in the period',
    inProgress: 'in progress',
    noRate: 'no customers at start',
    target: (value: string) => `Target ${value}`,
    incompleteNote: (period: string) => `${period} is in progress: its rate will still change.`,
    points: 'Periods (arrow keys move between them)',
    lostOf: (lost: string, start: string) => `${lost} of ${start} customers lost`,
    newLostCount: (n: string) => `${n} new customers lost in the period, not in the rate`,
    summary: (metric: string, count: string, first: string, last: string) =>
      `${metric}, ${count} periods from ${first} to ${last}`,
    latest: (value: string, period: string) => `latest ${value} (${period})`,
    range: (high: string, highPeriod: string, low: string, lowPeriod: string) =>
      `highest ${high} in ${highPeriod}, lowest ${low} in ${lowPeriod}`,
    vsTarget: (target: string, misses: string) => `target ${target}, missed in ${misses} periods`,
    timeZone: (zone: string) => `periods in ${zone}`,
    quarter: (quarter: string, year: string) => `Q${quarter} ${year}`,
    week: (week: string, year: string) => `W${week} ${year}`,
    weekOf: (date: string) => `week of ${date}`,
    noData: 'No customers in these periods',
  },
  es: {
    churn: 'Tasa de abandono',
    retention: 'Tasa de retención',
    churnShort: 'Abandono',
    retentionShort: 'Retención',
    metric: 'Mostrar',
    period: 'Periodo',
    start: 'Clientes al inicio (S)',
    lost: 'Perdidos (L)',
    newLost: 'Nuevos y perdidos en el periodo',
    inProgress: 'en curso',
    noRate: 'sin clientes al inicio',
    target: (value: string) => `Objetivo ${value}`,
    incompleteNote: (period: string) => `${period} está en curso: su tasa aún puede cambiar.`,
    points: 'Periodos (las flechas pasan de uno a otro)',
    lostOf: (lost: string, start: string) => `${lost} de ${start} clientes perdidos`,
    newLostCount: (n: string) => `${n} clientes nuevos perdidos en el periodo, fuera de la tasa`,
    summary: (metric: string, count: string, first: string, last: string) =>
      `${metric}, ${count} periodos de ${first} a ${last}`,
    latest: (value: string, period: string) => `último ${value} (${period})`,
    range: (high: string, highPeriod: string, low: string, lowPeriod: string) =>
      `máximo ${high} en ${highPeriod}, mínimo ${low} en ${lowPeriod}`,
    vsTarget: (target: string, misses: string) =>
      `objetivo ${target}, incumplido en ${misses} periodos`,
    timeZone: (zone: string) => `periodos en ${zone}`,
    quarter: (quarter: string, year: string) => `T${quarter} ${year}`,
    week: (week: string, year: string) => `S${week} ${year}`,
    weekOf: (date: string) => `semana del ${date}`,
    noData: 'No hay clientes en estos periodos',
  },
});

export type ChurnTrendStrings = ReturnType<typeof churnTrendStrings>;
