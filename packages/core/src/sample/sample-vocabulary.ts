/**
 * The fixed vocabularies of the sample dataset. Each tuple is the one source of its union, and
 * the demo and Storybook can build their filters from the same lists.
 */

/** Support teams; a ticket's `group` is one of these, and every agent belongs to one. */
export const SAMPLE_GROUPS = ['Soporte general', 'Facturación', 'Técnico'] as const;
export type SampleGroup = (typeof SAMPLE_GROUPS)[number];

/** Levels of attention: N1 answers first, escalations end at N2 or N3 (N3 only in Técnico). */
export const SAMPLE_TIERS = ['N1', 'N2', 'N3'] as const;
export type SampleTier = (typeof SAMPLE_TIERS)[number];

export const SAMPLE_SEGMENTS = ['particular', 'pyme', 'enterprise'] as const;
export type SampleSegment = (typeof SAMPLE_SEGMENTS)[number];

export const SAMPLE_LANGUAGES = ['es', 'en', 'pt'] as const;
export type SampleLanguage = (typeof SAMPLE_LANGUAGES)[number];

export const SAMPLE_PLANS = ['Básico', 'Profesional', 'Empresa'] as const;
export type SamplePlan = (typeof SAMPLE_PLANS)[number];

/** Topic tags per group: the first tag of every ticket says what it is about. */
export const SAMPLE_TOPIC_TAGS = {
  'Soporte general': ['consulta', 'pedido', 'envio', 'devolucion', 'cuenta'],
  Facturación: ['factura', 'cobro-duplicado', 'reembolso', 'cambio-de-plan', 'metodo-de-pago'],
  Técnico: ['error', 'acceso', 'integracion', 'rendimiento', 'api'],
} as const satisfies Record<SampleGroup, readonly string[]>;

/** Tags that mark a property of the ticket rather than its topic. */
export const SAMPLE_FLAG_TAGS = ['vip', 'queja', 'venta', 'escalado', 'reabierto'] as const;
export type SampleFlagTag = (typeof SAMPLE_FLAG_TAGS)[number];
