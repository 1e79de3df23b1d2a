import type { Channel } from '@tablero/core';
import { FRESHDESK_SOURCE_NAMES } from '../schema/freshdesk-codes.js';

/**
 * Source names → core channel (HELPDESK-APIS §4.2). Forum and MobiHelp are forms on the web
 * portal and in the app; Ecommerce and Bot are system sources. Code 15 ("Web Chat") is
 * UNCONFIRMED but named by an importer; anything else is `other`, with the code kept.
 */
const BY_NAME: Readonly<Record<string, Channel>> = {
  Email: 'email',
  'Outbound Email': 'email',
  Portal: 'web',
  Forum: 'web',
  MobiHelp: 'web',
  'Feedback Widget': 'web',
  Phone: 'phone',
  Chat: 'chat',
  'Web Chat': 'chat',
  Twitter: 'social',
  Facebook: 'social',
  WhatsApp: 'whatsapp',
  Ecommerce: 'api',
  Bot: 'api',
};

const EXTRA_SOURCE_NAMES: Readonly<Record<number, string>> = { 15: 'Web Chat' };

/** The name of a source code, when Freshdesk documents it. */
export function freshdeskSourceName(code: number): string | undefined {
  return (FRESHDESK_SOURCE_NAMES as Record<number, string>)[code] ?? EXTRA_SOURCE_NAMES[code];
}

export function freshdeskChannel(code: number): Channel {
  const name = freshdeskSourceName(code);
  return (name !== undefined && BY_NAME[name]) || 'other';
}
