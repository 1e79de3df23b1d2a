import type { CsvMappingInput } from '../mapping/csv-mapping.js';

/**
 * A ticket sheet made by hand or by a tool we have no preset for, headers in English or
 * Spanish (matching ignores case, accents, spaces and punctuation). Instants may be dates or
 * durations after creation: first response in minutes, resolution in hours, or `HH:MM:SS`.
 * Dates default to ISO; pass `dateFormat` for `dd/MM/yyyy HH:mm` and the like.
 */
export const genericTicketPreset = {
  name: 'generic-ticket',
  kind: 'ticket',
  fields: {
    id: {
      column: [
        'id',
        'ticket id',
        'ticket',
        'ticket number',
        'número',
        'nº ticket',
        'id ticket',
        'número de ticket',
      ],
    },
    createdAt: {
      column: [
        'created at',
        'created',
        'creation date',
        'fecha de creación',
        'creado',
        'fecha creación',
        'fecha',
      ],
    },
    status: { column: ['status', 'state', 'estado'] },
    firstResponseAt: [
      {
        column: [
          'first response at',
          'first reply at',
          'fecha primera respuesta',
          'primera respuesta',
        ],
      },
      {
        column: [
          'first response minutes',
          'first response (min)',
          'first reply time in minutes',
          'primera respuesta (min)',
          'minutos primera respuesta',
        ],
        duration: 'minutes',
      },
      {
        column: ['first response time', 'tiempo primera respuesta', 'tiempo de primera respuesta'],
        duration: 'hh:mm:ss',
      },
    ],
    resolvedAt: [
      {
        column: ['resolved at', 'solved at', 'fecha de resolución', 'fecha resolución', 'resuelto'],
      },
      {
        column: [
          'resolution hours',
          'resolution (h)',
          'resolution time hours',
          'resolución (h)',
          'horas resolución',
          'horas de resolución',
        ],
        duration: 'hours',
      },
      {
        column: ['resolution time', 'tiempo de resolución', 'tiempo resolución'],
        duration: 'hh:mm:ss',
      },
    ],
    fullyResolvedAt: { column: ['fully resolved at', 'final resolution at', 'resolución final'] },
    closedAt: { column: ['closed at', 'fecha de cierre', 'fecha cierre', 'cerrado'] },
    channel: { column: ['channel', 'canal', 'via', 'source', 'origen'] },
    priority: { column: ['priority', 'prioridad'] },
    group: { column: ['group', 'team', 'grupo', 'equipo'] },
    assignee: { column: ['assignee', 'agent', 'agente', 'asignado', 'asignado a'] },
    customerId: { column: ['customer id', 'customer', 'cliente', 'id cliente', 'account'] },
    customerSegment: { column: ['segment', 'customer segment', 'segmento'] },
    language: { column: ['language', 'idioma', 'lang'] },
    tier: { column: ['tier', 'level', 'nivel'] },
    tags: { column: ['tags', 'etiquetas', 'labels'] },
    agentTouches: {
      column: ['agent touches', 'touches', 'replies', 'interacciones', 'respuestas del agente'],
    },
    reopens: { column: ['reopens', 'reaperturas'] },
    escalated: { column: ['escalated', 'escalado'] },
    isComplaint: { column: ['complaint', 'is complaint', 'queja', 'reclamación'] },
    isApplause: { column: ['applause', 'is applause', 'felicitación', 'elogio'] },
    holdSeconds: {
      column: ['hold seconds', 'hold time (s)', 'espera (s)', 'segundos en espera'],
      duration: 'seconds',
    },
  },
} satisfies CsvMappingInput;
