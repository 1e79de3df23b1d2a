export type ReportLang = 'es' | 'en';

const es = {
  title: 'Tablero — datos de ejemplo',
  versus: 'frente a',
  previous: 'antes',
  nps: 'NPS',
  csat: 'CSAT',
  ces: 'CES (1–7)',
  frt: 'Primera respuesta (mediana, horario laboral)',
  rt: 'Resolución (mediana)',
  fcr: 'Resolución al primer contacto',
  escalation: 'Tasa de escalado',
  reopen: 'Tasa de reapertura',
  churn: 'Tasa de abandono (churn)',
  volume: 'Tickets del mes por canal',
  peak: 'Hora punta',
  tickets: 'tickets',
  churnSeries: 'Churn mensual (%)',
  unknown: '(sin dato)',
  notSignificant: 'no significativo',
  direction: { better: 'mejora', worse: 'empeora', flat: 'igual' },
  footer: 'Datos ficticios generados con semilla fija. La demo web llegará con apps/demo.',
};

const en: typeof es = {
  title: 'Tablero — sample data',
  versus: 'vs',
  previous: 'before',
  nps: 'NPS',
  csat: 'CSAT',
  ces: 'CES (1–7)',
  frt: 'First response (median, business hours)',
  rt: 'Resolution (median)',
  fcr: 'First contact resolution',
  escalation: 'Escalation rate',
  reopen: 'Reopen rate',
  churn: 'Churn rate',
  volume: 'Tickets this month by channel',
  peak: 'Peak hour',
  tickets: 'tickets',
  churnSeries: 'Monthly churn (%)',
  unknown: '(unknown)',
  notSignificant: 'not significant',
  direction: { better: 'better', worse: 'worse', flat: 'flat' },
  footer: 'Fictional data from a fixed seed. The web demo arrives with apps/demo.',
};

export const reportStrings = { es, en };
