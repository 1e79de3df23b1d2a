import { describe, expect, it } from 'vitest';
import {
  CSV_PRESETS,
  CsvError,
  CsvMappingSchema,
  createCsvAdapter,
  presetMapping,
  readCsv,
  type CsvMappingInput,
} from '../src/index.js';

describe('a mapping is plain JSON: saved, reloaded, reused', () => {
  it.each(CSV_PRESETS)('preset %s survives JSON and validates', (name) => {
    const mapping = presetMapping(name);
    const reloaded = CsvMappingSchema.parse(JSON.parse(JSON.stringify(mapping)));
    expect(reloaded).toEqual(mapping);
  });

  it('a hand-written mapping with constants, extra status words, custom columns and a date pattern', async () => {
    const mapping: CsvMappingInput = {
      name: 'soporte interno',
      kind: 'ticket',
      system: 'interno',
      dateFormat: 'dd/MM/yyyy HH:mm',
      fields: {
        id: { column: 'Caso', prefix: 'INT-' },
        createdAt: { column: 'Alta' },
        status: {
          column: 'Situación',
          values: { 'Esperando cliente': 'pending', Hecho: 'solved' },
        },
        channel: { value: 'phone' },
        resolvedAt: { column: 'Horas', duration: 'hours' },
      },
      custom: { importe: { column: 'Importe', type: 'number' } },
    };
    const saved = JSON.stringify(mapping);
    const csv =
      'Caso;Alta;Situación;Horas;Importe\n7;02/03/2026 10:00;Esperando cliente;;12,5\n8;02/03/2026 11:00;Hecho;2,5;\n';
    const { tickets, rejected } = await readCsv(csv, {
      mapping: JSON.parse(saved),
      timeZone: 'UTC',
    });
    expect(rejected).toEqual([]);
    expect(tickets).toEqual([
      {
        id: 'INT-7',
        source: { system: 'interno', id: 'INT-7' },
        createdAt: Date.UTC(2026, 2, 2, 10),
        status: 'pending',
        channel: 'phone',
        custom: { importe: 12.5 },
      },
      {
        id: 'INT-8',
        source: { system: 'interno', id: 'INT-8' },
        createdAt: Date.UTC(2026, 2, 2, 11),
        status: 'solved',
        channel: 'phone',
        // 2,5 h after creation.
        resolvedAt: Date.UTC(2026, 2, 2, 13, 30),
      },
    ]);
  });

  it('refuses a mapping that cannot work, naming the field', () => {
    const bad =
      (fields: Record<string, unknown>, extra: object = {}) =>
      () =>
        createCsvAdapter({
          input: '',
          mapping: { kind: 'ticket', fields, ...extra } as CsvMappingInput,
        });
    expect(bad({ id: { column: 'id' }, createdAt: { column: 'c' } })).toThrow(/needs "status"/);
    expect(
      bad({
        id: { column: 'id' },
        createdAt: { column: 'c' },
        status: { column: 's' },
        colour: { column: 'x' },
      }),
    ).toThrow(/"colour" is not a ticket field/);
    expect(
      bad({
        id: { column: 'id', value: 'x' },
        createdAt: { column: 'c' },
        status: { column: 's' },
      }),
    ).toThrow(/exactly one of column, value or line/);
    expect(() =>
      createCsvAdapter({ input: '', preset: 'zendesk', timeZone: 'Europe/Madird' }),
    ).toThrow(/"Europe\/Madird" is not a valid IANA time zone/);
  });

  it('an extra status word must name a real status', async () => {
    const mapping: CsvMappingInput = {
      kind: 'ticket',
      fields: {
        id: { column: 'id' },
        createdAt: { column: 'c' },
        status: { column: 's', values: { x: 'archivado' } },
      },
    };
    await expect(readCsv('id,c,s\n1,2026-01-01,x\n', { mapping })).rejects.toThrow(
      /"archivado" is not a ticket status/,
    );
  });

  it('a required column missing from the file stops the read and lists the header', async () => {
    const error = await readCsv('Ticket,Fecha\n1,2026-01-01\n', { preset: 'zendesk' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CsvError);
    expect(error).toMatchObject({ reason: 'missing-column' });
    expect((error as Error).message).toBe(
      'zendesk: no column for required fields "id" (looked for "Id"), "createdAt" (looked for ' +
        '"Created at"), "status" (looked for "Status"); the header has "Ticket", "Fecha"',
    );
  });

  it('dateFormat and decimal options override the mapping', async () => {
    const { tickets } = await readCsv(
      'id,created,status,first response minutes\n1,03-02-2026,open,"7,5"\n',
      {
        preset: 'generic-ticket',
        dateFormat: 'dd-MM-yyyy',
        decimal: ',',
        timeZone: 'UTC',
      },
    );
    expect(tickets[0]).toMatchObject({
      createdAt: Date.UTC(2026, 1, 3),
      firstResponseAt: Date.UTC(2026, 1, 3) + 450_000,
    });
  });
});

describe('validate: "schema" gives the same records as the mapper’s own checks', () => {
  it('on every preset fixture row and on rows the mapper refuses', async () => {
    const csv =
      'id,created_at,status,resolved_at,agent touches,escalated\n' +
      'A,2026-01-01 10:00,open,2026-01-01 12:00,3,sí\n' +
      'B,2026-01-01 10:00,open,2026-01-01 09:00,1,no\n' +
      'C,2026-01-01 10:00,solved,,-1,\n' +
      'D,2026-01-01 10:00,solved,,2.5,\n';
    const mapper = await readCsv(csv, { preset: 'generic-ticket' });
    const schema = await readCsv(csv, { preset: 'generic-ticket', validate: 'schema' });
    expect(schema.tickets).toEqual(mapper.tickets);
    expect(mapper.tickets.map((t) => t.id)).toEqual(['A']);
    expect(mapper.rejected.map((r) => [r.line, r.column, r.reason])).toEqual([
      [3, 'resolved_at', 'before-created'],
      [4, 'agent touches', 'bad-number'],
      [5, 'agent touches', 'bad-number'],
    ]);
  });
});

describe('records are plain objects in the schema’s key order (build-record)', () => {
  it('a ticket and a survey response: Object prototype, strictly equal to literals, keys in order', async () => {
    const { tickets } = await readCsv(
      'id,created_at,status,channel,tags,agent touches,escalated,region\n' +
        'A,2026-01-01 10:00,open,email,vip,3,sí,norte\n',
      {
        mapping: {
          ...presetMapping('generic-ticket'),
          custom: { region: { column: 'region' } },
        },
      },
    );
    const t = tickets[0]!;
    expect(Object.getPrototypeOf(t)).toBe(Object.prototype);
    expect(t.constructor).toBe(Object);
    const created = Date.UTC(2026, 0, 1, 10);
    expect(t).toStrictEqual({
      id: 'A',
      createdAt: created,
      status: 'open',
      channel: 'email',
      tags: ['vip'],
      agentTouches: 3,
      escalated: true,
      custom: { region: 'norte' },
    });
    // The schema's order whatever the mapping's: createdAt is read first but listed after id.
    expect(Object.keys(t)).toEqual([
      'id',
      'createdAt',
      'status',
      'channel',
      'tags',
      'agentTouches',
      'escalated',
      'custom',
    ]);
    expect(JSON.parse(JSON.stringify(t))).toStrictEqual(t);

    const { surveyResponses: responses } = await readCsv(
      'id,kind,score,answered_at\nR1,nps,9,2026-01-02 08:00\n',
      {
        preset: 'generic-survey',
      },
    );
    expect(Object.getPrototypeOf(responses[0])).toBe(Object.prototype);
    expect(responses[0]).toStrictEqual({
      id: 'R1',
      kind: 'nps',
      score: 9,
      answeredAt: Date.UTC(2026, 0, 2, 8),
    });
  });
});
