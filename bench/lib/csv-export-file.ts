/**
 * The CSV benchmark's input: a Zendesk-style ticket export (HELPDESK-APIS.md §1.7 columns, local
 * wall times in the account zone without offset, durations in minutes) made from the core
 * sample generator's tickets and written to a temporary file, untimed. Subjects include
 * commas, quotes and accents so that the file needs real quoting and multi-byte UTF-8.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { zoneClock, type Ticket } from '@tablero/core';
import { generateSampleDataset } from '@tablero/core/sample';

export const CSV_HEADER = [
  'Id',
  'Requester',
  'Requester id',
  'Requester email',
  'Assignee',
  'Group',
  'Subject',
  'Tags',
  'Status',
  'Priority',
  'Via',
  'Ticket type',
  'Created at',
  'Updated at',
  'Solved at',
  'Satisfaction Score',
  'Group stations',
  'Assignee stations',
  'Reopens',
  'Replies',
  'First reply time in minutes',
  'First resolution time in minutes',
  'Full resolution time in minutes',
  'Organization',
];

const SUBJECTS = [
  'No puedo exportar las facturas',
  'Error "500" al pagar con tarjeta',
  'Cambio de plan, lo antes posible',
  'Acceso bloqueado tras el cambio de contraseña',
  '¿Cómo añado un usuario?',
  'Refund not received',
  'Pedido duplicado; cobro doble',
  'La app se cierra al abrir "Informes"',
];
const NAMES = [
  'Ana Núñez',
  'José Pérez',
  'María Ibáñez',
  'Jordi Puig',
  'Lucía Gómez',
  'Sergio Díaz',
];
const STATUS: Record<Ticket['status'], string> = {
  new: 'New',
  open: 'Open',
  pending: 'Pending',
  on_hold: 'On-hold',
  solved: 'Solved',
  closed: 'Closed',
};
const VIA: Record<string, string> = {
  email: 'Mail',
  web: 'Web form',
  chat: 'Native Messaging',
  phone: 'Phone call',
  whatsapp: 'WhatsApp',
  social: 'Instagram DM',
  api: 'Web service',
  other: 'Closed Ticket',
};

export interface CsvExpectations {
  rows: number;
  bytes: number;
  withFirstReply: number;
  /** Sum of the `First reply time in minutes` cells written. */
  firstReplyMinutes: number;
  /** Sum over rows of the written `Created at`, as whole seconds of the original instant. */
  createdSeconds: number;
  timeZone: string;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes the export; returns what a correct reader must find in it. */
export async function writeZendeskExport(
  path: string,
  options: { rows: number; seed: number; timeZone: string },
): Promise<CsvExpectations> {
  const { tickets } = generateSampleDataset({
    tickets: options.rows,
    surveys: 0,
    seed: options.seed,
  });
  const clock = zoneClock(options.timeZone);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const wall = (ms: number | null | undefined) => {
    if (ms == null) return '';
    const f = clock.fields(ms);
    return `${f.year}-${pad(f.month)}-${pad(f.day)} ${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`;
  };
  const minutes = (from: number, to: number | null | undefined) =>
    to == null ? '' : String(Math.round((to - from) / 60_000));
  const out = createWriteStream(path);
  const expectations: CsvExpectations = {
    rows: tickets.length,
    bytes: 0,
    withFirstReply: 0,
    firstReplyMinutes: 0,
    createdSeconds: 0,
    timeZone: options.timeZone,
  };
  let buffer = `${CSV_HEADER.join(',')}\r\n`;
  for (let i = 0; i < tickets.length; i++) {
    const t = tickets[i]!;
    const id = 100_000 + i;
    const requester = NAMES[i % NAMES.length]!;
    const first = minutes(t.createdAt, t.firstResponseAt);
    if (first !== '') {
      expectations.withFirstReply++;
      expectations.firstReplyMinutes += Number(first);
    }
    expectations.createdSeconds += Math.floor(t.createdAt / 1000);
    const solved = t.fullyResolvedAt ?? t.resolvedAt;
    const row = [
      String(id),
      requester,
      String(5000 + (i % 9973)),
      `cliente${i % 9973}@example.com`,
      t.assignee ?? '',
      t.group ?? '',
      quote(SUBJECTS[i % SUBJECTS.length]!),
      (t.tags ?? []).join(' '),
      STATUS[t.status],
      t.priority ? t.priority[0]!.toUpperCase() + t.priority.slice(1) : '',
      VIA[t.channel ?? 'other']!,
      i % 3 === 0 ? 'Incident' : 'Question',
      wall(t.createdAt),
      wall(solved ?? t.firstResponseAt ?? t.createdAt),
      wall(solved),
      i % 4 === 0 ? 'Good' : i % 11 === 0 ? 'Bad' : 'Not Offered',
      '1',
      '1',
      String(t.reopens ?? 0),
      String(t.agentTouches ?? 0),
      first,
      minutes(t.createdAt, t.resolvedAt),
      minutes(t.createdAt, t.fullyResolvedAt ?? t.resolvedAt),
      quote(`Org ${i % 997}, S.L.`),
    ];
    buffer += `${row.join(',')}\r\n`;
    if (buffer.length > 1 << 20) {
      expectations.bytes += Buffer.byteLength(buffer);
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  expectations.bytes += Buffer.byteLength(buffer);
  out.end(buffer);
  await once(out, 'finish');
  return expectations;
}
