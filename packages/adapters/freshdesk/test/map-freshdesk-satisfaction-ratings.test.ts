import { describe, expect, it } from 'vitest';
import { csat } from '@tablero/core';
import { mapFreshdeskSatisfactionRatings } from '../src/index.js';
import { fixture, lookups } from './fixture.js';

const items = fixture<unknown[]>('satisfaction-ratings.json');
const result = mapFreshdeskSatisfactionRatings(items, lookups);
const answer = (id: number) => result.responses.find((r) => r.id === String(id))!;

describe('Freshdesk satisfaction ratings (HELPDESK-APIS §2.5, §4.4, gotcha 10)', () => {
  it('maps every rating of the page as a CSAT answer', () => {
    expect(result.rejected).toEqual([]);
    expect(result.responses.map((r) => r.kind)).toEqual(Array(10).fill('csat'));
  });

  it.each([
    [102, 103, 7],
    [113, 102, 6],
    [114, 101, 5],
    [112, 100, 4],
    [115, -101, 3],
    [116, -102, 2],
    [117, -103, 1],
  ] as const)('rating %i: code %i → %i on 1–7', (id, code, score) => {
    expect(answer(id).score).toBe(score);
    expect(answer(id).custom?.freshdeskRating).toBe(code);
  });

  it.each([
    [118, 1, 103, 7], // classic Happy
    [119, 2, 100, 4], // classic Neutral
    [120, 3, -103, 1], // classic Unhappy
  ] as const)('classic rating %i: %i is code %i → %i', (id, classic, code, score) => {
    expect(answer(id).score).toBe(score);
    expect(answer(id).custom).toMatchObject({
      freshdeskRating: classic,
      freshdeskRatingCode: code,
    });
  });

  it('links ticket, customer and agent; extra questions stay raw; empty feedback dropped', () => {
    expect(answer(102)).toMatchObject({
      ticketId: '10452',
      respondentId: '80001234',
      agent: 'Sofía Martín',
      comment: 'Thank you for the quick action',
      answeredAt: Date.parse('2025-03-05T09:08:16Z'),
    });
    expect(answer(102).custom?.question_2).toBe(-102);
    expect(answer(116).custom?.question_3).toBe(101);
    expect(answer(114).comment).toBeUndefined();
    expect(answer(119).agent).toBeUndefined(); // agent_id: null
    expect(answer(120)).toMatchObject({ agent: '80000099', custom: { group: '80000599' } });
  });

  it('core CSAT: top-2 box on 1–7 counts 102 and 103; the happy side (>100) needs threshold 5', () => {
    // scores 7,4,6,5,3,2,1,7,4,1: top-2 (6–7) = 3 of 10; happy side (5–7) = 4 of 10
    expect(csat(result.responses, { scale: '1-7' }).value).toBeCloseTo(30, 10);
    expect(csat(result.responses, { scale: '1-7', positiveThreshold: 5 }).value).toBeCloseTo(
      40,
      10,
    );
  });

  it('a code outside the scale is rejected by id and field, the rest kept', () => {
    const mixed = mapFreshdeskSatisfactionRatings([
      ...items,
      {
        id: 130,
        ticket_id: 10452,
        ratings: { default_question: 99 },
        created_at: '2025-03-09T10:00:00Z',
      },
      {
        id: 131,
        ticket_id: 10452,
        ratings: { question_2: 103 },
        created_at: '2025-03-09T10:00:00Z',
      },
    ]);
    expect(mixed.responses).toHaveLength(10);
    expect(mixed.rejected.map((r) => [r.where, r.path.join('.')])).toEqual([
      ['satisfaction rating 130', 'ratings.default_question'],
      ['satisfaction rating 131', 'ratings.default_question'],
    ]);
  });
});
