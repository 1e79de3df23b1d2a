import { describe, expect, it } from 'vitest';
import {
  FRESHDESK_PRIORITY_CODES,
  FreshdeskTicketSchema,
  freshdeskRatingScore,
} from '../src/index.js';

const base = {
  id: 1,
  status: 2,
  priority: 1,
  source: 1,
  created_at: '2025-03-01T10:00:00Z',
  updated_at: '2025-03-01T10:00:00Z',
};

describe('Freshdesk ticket schema (HELPDESK-APIS §2.5)', () => {
  it.each(FRESHDESK_PRIORITY_CODES)('accepts priority %i', (priority) => {
    expect(FreshdeskTicketSchema.safeParse({ ...base, priority }).success).toBe(true);
  });

  it('accepts custom statuses and sources, refuses status 1 and priority 0', () => {
    expect(FreshdeskTicketSchema.safeParse({ ...base, status: 12, source: 101 }).success).toBe(
      true,
    );
    expect(FreshdeskTicketSchema.safeParse({ ...base, status: 1 }).error?.issues[0]?.path).toEqual([
      'status',
    ]);
    expect(
      FreshdeskTicketSchema.safeParse({ ...base, priority: 0 }).error?.issues[0]?.path,
    ).toEqual(['priority']);
  });

  it('keeps unknown fields and accepts nulls where the vendor sends them', () => {
    const parsed = FreshdeskTicketSchema.parse({
      ...base,
      form_id: 5,
      type: null,
      responder_id: null,
      to_emails: null,
      association_type: null,
      stats: null,
      custom_fields: { cf_a: null },
    });
    expect(parsed).toMatchObject({ form_id: 5, to_emails: null });
  });

  it('stats timestamps must be instants', () => {
    const parsed = FreshdeskTicketSchema.safeParse({
      ...base,
      stats: { first_responded_at: '03-03-2025 09:50:31 +0000' },
    });
    expect(parsed.error?.issues[0]?.path).toEqual(['stats', 'first_responded_at']);
  });
});

describe('Freshdesk rating scale (§2.5)', () => {
  it('orders the 7 codes from least to most happy and refuses others', () => {
    expect([-103, -102, -101, 100, 101, 102, 103].map(freshdeskRatingScore)).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
    expect(freshdeskRatingScore(0)).toBeUndefined();
    expect(freshdeskRatingScore(104)).toBeUndefined();
  });
});
