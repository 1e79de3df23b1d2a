import type { CsvMappingInput } from '../mapping/csv-mapping.js';

/**
 * Survey answers, one per row, headers in English or Spanish. `score` is a number (decimal
 * comma allowed), `good`/`bad` for a binary CSAT (`bueno`/`malo` too), or a label kept as
 * written for the KPI's `labels` option. Without an id column, the line number is the id.
 */
export const genericSurveyPreset = {
  name: 'generic-survey',
  kind: 'survey-response',
  fields: {
    id: [
      { column: ['id', 'response id', 'id respuesta', 'respuesta'] },
      { line: true, prefix: 'line-' },
    ],
    kind: {
      column: ['kind', 'type', 'survey type', 'survey', 'tipo', 'encuesta', 'tipo de encuesta'],
    },
    score: {
      column: ['score', 'rating', 'value', 'puntuación', 'nota', 'valoración', 'calificación'],
    },
    answeredAt: {
      column: [
        'answered at',
        'submitted at',
        'date',
        'created at',
        'fecha',
        'fecha de respuesta',
        'respondido',
      ],
    },
    respondentId: { column: ['respondent', 'respondent id', 'contact', 'encuestado'] },
    customerId: { column: ['customer id', 'customer', 'cliente', 'id cliente'] },
    employeeId: { column: ['employee id', 'employee', 'empleado'] },
    ticketId: { column: ['ticket id', 'ticket'] },
    agent: { column: ['agent', 'agente'] },
    channel: { column: ['channel', 'canal'] },
    language: { column: ['language', 'idioma'] },
    comment: { column: ['comment', 'comments', 'feedback', 'comentario', 'comentarios'] },
  },
} satisfies CsvMappingInput;
