import type { Channel } from '@tablero/core';

/**
 * Zendesk `via.channel` strings → core channel. The doc confirms `web`, `email`, `api`, `rule`,
 * `merge`; the rest are the usual ticket values it lists as UNCONFIRMED (HELPDESK-APIS §1.5,
 * §4.2), so anything else maps to `other` and the raw value stays in `custom.zendeskVia`.
 */
export const ZENDESK_CHANNEL_MAP: Readonly<Record<string, Channel>> = {
  email: 'email',
  web: 'web',
  web_form: 'web',
  web_widget: 'web',
  help_center: 'web',
  mobile_sdk: 'web',
  batch: 'web',
  dropbox: 'web',
  voice: 'phone',
  chat: 'chat',
  native_messaging: 'chat',
  sms: 'chat',
  whatsapp: 'whatsapp',
  twitter: 'social',
  facebook: 'social',
  instagram_dm: 'social',
  api: 'api',
  web_service: 'api',
  rule: 'other',
  merge: 'other',
  closed_ticket: 'other',
  side_conversation: 'other',
  any_channel: 'other',
};

/** Via ids (integers) → the channel string Zendesk shows on tickets (via-types reference). */
export const ZENDESK_VIA_IDS: Readonly<Record<number, string>> = {
  0: 'web',
  4: 'email',
  5: 'api',
  8: 'rule',
  17: 'web',
  19: 'merge',
  20: 'web',
};

/** The core channel of a `via.channel` value, string or via id; unknown values are `other`. */
export function zendeskChannel(channel: string | number): Channel {
  const name = typeof channel === 'number' ? ZENDESK_VIA_IDS[channel] : channel;
  return (
    (name !== undefined && Object.hasOwn(ZENDESK_CHANNEL_MAP, name) && ZENDESK_CHANNEL_MAP[name]) ||
    'other'
  );
}
