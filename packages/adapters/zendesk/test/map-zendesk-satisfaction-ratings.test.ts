import { describe, expect, it } from 'vitest';
import { csat } from '@tablero/core';
import { buildZendeskLookups, mapZendeskSatisfactionRatings } from '../src/index.js';
import { fixture, recordedLookupInput } from './fixture.js';

const { lookups } = buildZendeskLookups(recordedLookupInput());
const ratings = fixture<{ satisfaction_ratings: unknown[] }>('satisfaction-ratings.json');
const result = mapZendeskSatisfactionRatings(ratings.satisfaction_ratings, lookups);

describe('Zendesk legacy CSAT (HELPDESK-APIS §1.5 satisfaction rating, §4.4)', () => {
  it('good and bad are binary CSAT answers; offered and unoffered are not', () => {
    expect(result.rejected).toEqual([]);
    expect(result.responses.map((r) => [r.id, r.kind, r.score])).toEqual([
      ['91021', 'csat', 'good'],
      ['91025', 'csat', 'bad'],
      ['91032', 'csat', 'good'],
    ]);
    expect(result.unanswered).toEqual([
      { id: '91030', ticketId: '48217', score: 'offered' },
      { id: '91031', ticketId: '48212', score: 'unoffered' },
    ]);
  });

  it('a changed rating keeps its latest version, answered at its updated_at', () => {
    const changed = result.responses.find((r) => r.id === '91025')!;
    expect(changed.score).toBe('bad');
    expect(changed.answeredAt).toBe(Date.parse('2025-03-06T18:40:00Z'));
    expect(changed.comment).toBe('Tuve que escribir dos veces');
    expect(changed.custom).toMatchObject({
      zendeskReason: 'Issue took too long to resolve',
      zendeskReasonCode: 1001,
      group: 'Soporte N2',
    });
  });

  it('links the ticket, requester and agent; unknown names stay ids; empty comment dropped', () => {
    const first = result.responses.find((r) => r.id === '91021')!;
    expect(first).toMatchObject({
      ticketId: '48211',
      respondentId: '90011',
      agent: 'Lucía Fernández',
    });
    const unknown = result.responses.find((r) => r.id === '91032')!;
    expect(unknown.agent).toBe('7003');
    expect(unknown.custom?.group).toBe('360003');
    expect(unknown.comment).toBeUndefined();
  });

  it('core CSAT on the binary scale: 2 good of 3 answers (offered ones excluded)', () => {
    const result2 = csat(result.responses, { scale: 'binary' });
    expect(result2.n).toBe(3);
    expect(result2.value).toBeCloseTo((2 / 3) * 100, 10);
  });

  it('a broken rating is rejected by id and field, the others kept', () => {
    const mixed = mapZendeskSatisfactionRatings([
      ...ratings.satisfaction_ratings,
      {
        id: 91040,
        ticket_id: 48211,
        score: 'great',
        created_at: '2025-03-05T08:00:00Z',
        updated_at: '2025-03-05T08:00:00Z',
      },
      {
        id: 91041,
        ticket_id: 48211,
        score: 'good',
        created_at: '2025-03-05T08:00:00Z',
        updated_at: 'yesterday',
      },
    ]);
    expect(mixed.responses).toHaveLength(3);
    expect(mixed.rejected.map((r) => [r.where, r.path.join('.')])).toEqual([
      ['satisfaction rating 91040', 'score'],
      ['satisfaction rating 91041', 'updated_at'],
    ]);
  });
});
