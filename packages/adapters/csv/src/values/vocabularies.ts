import {
  CHANNELS,
  PRIORITIES,
  SURVEY_KINDS,
  TICKET_STATUSES,
  type Channel,
  type Priority,
  type SurveyKind,
  type TicketStatus,
} from '@tablero/core';

/**
 * Display labels and codes that helpdesk exports and hand-made sheets use, in English and
 * Spanish, keyed by their `normalizeHeader` form, mapped to the core model's values.
 * Sources: HELPDESK-APIS.md §4.1 (status), §4.2 (channel), §1.7, §2.7, §3.8 (CSV labels).
 * A mapping's `values` adds to or overrides these per column.
 */
function table<T extends string>(
  canonical: readonly T[],
  extra: Record<string, T>,
): Map<string, T> {
  const map = new Map<string, T>();
  for (const value of canonical) map.set(value, value);
  for (const [label, value] of Object.entries(extra)) map.set(label, value);
  return map;
}

export const STATUS_WORDS = table<TicketStatus>(TICKET_STATUSES, {
  // Zendesk (`hold` in the API, `On-hold` on screen), Freshdesk labels, HubSpot default stages.
  hold: 'on_hold',
  on_hold: 'on_hold',
  onhold: 'on_hold',
  resolved: 'solved',
  waiting_on_customer: 'pending',
  waiting_on_contact: 'pending',
  waiting_on_third_party: 'on_hold',
  waiting_on_us: 'open',
  // Numeric codes (HubSpot stage ids, Freshdesk status codes) clash between vendors: they live
  // in each preset's `values`, not here.
  // Spanish.
  nuevo: 'new',
  abierto: 'open',
  pendiente: 'pending',
  en_espera: 'on_hold',
  resuelto: 'solved',
  solucionado: 'solved',
  cerrado: 'closed',
});

export const CHANNEL_WORDS = table<Channel>(CHANNELS, {
  mail: 'email',
  e_mail: 'email',
  correo: 'email',
  correo_electronico: 'email',
  outbound_email: 'email',
  web_form: 'web',
  form: 'web',
  portal: 'web',
  feedback_widget: 'web',
  web_widget: 'web',
  help_center: 'web',
  formulario: 'web',
  formulario_web: 'web',
  native_messaging: 'chat',
  messaging: 'chat',
  live_chat: 'chat',
  web_chat: 'chat',
  mobihelp: 'chat',
  voice: 'phone',
  phone_call: 'phone',
  call: 'phone',
  telefono: 'phone',
  llamada: 'phone',
  sms: 'phone',
  whats_app: 'whatsapp',
  twitter: 'social',
  facebook: 'social',
  instagram: 'social',
  instagram_dm: 'social',
  forum: 'social',
  redes_sociales: 'social',
  web_service: 'api',
  bot: 'api',
  closed_ticket: 'other',
  ecommerce: 'other',
  otro: 'other',
});

export const PRIORITY_WORDS = table<Priority>(PRIORITIES, {
  medium: 'normal',
  baja: 'low',
  media: 'normal',
  alta: 'high',
  urgente: 'urgent',
});

export const SURVEY_KIND_WORDS = table<SurveyKind>(SURVEY_KINDS, {
  net_promoter_score: 'nps',
  customer_satisfaction: 'csat',
  satisfaccion: 'csat',
  customer_effort_score: 'ces',
  esfuerzo: 'ces',
  employee_nps: 'enps',
});
