import { describe, expect, it } from 'vitest';
import {
  ZENDESK_PRIORITIES,
  ZENDESK_SATISFACTION_SCORES,
  ZENDESK_STATUS_CATEGORIES,
  ZENDESK_TICKET_STATUSES,
  ZENDESK_TICKET_TYPES,
  ZENDESK_USER_ROLES,
  ZendeskCustomStatusSchema,
  ZendeskTicketMetricSchema,
  ZendeskTicketSchema,
  ZendeskUserSchema,
} from '../src/index.js';

const base = { id: 1, created_at: '2025-03-01T10:00:00Z', status: 'open' };

describe('Zendesk ticket schema (HELPDESK-APIS §1.5)', () => {
  it.each(ZENDESK_TICKET_STATUSES)('accepts status %s', (status) => {
    expect(ZendeskTicketSchema.safeParse({ ...base, status }).success).toBe(true);
  });
  it.each(ZENDESK_PRIORITIES)('accepts priority %s', (priority) => {
    expect(ZendeskTicketSchema.safeParse({ ...base, priority }).success).toBe(true);
  });
  it.each(ZENDESK_TICKET_TYPES)('accepts type %s', (type) => {
    expect(ZendeskTicketSchema.safeParse({ ...base, type }).success).toBe(true);
  });
  it.each(ZENDESK_SATISFACTION_SCORES)('accepts embedded satisfaction score %s', (score) => {
    const parsed = ZendeskTicketSchema.safeParse({
      ...base,
      satisfaction_rating: { id: null, score },
    });
    expect(parsed.success).toBe(true);
  });

  it('refuses values outside the documented enums, naming the field', () => {
    for (const [field, value] of [
      ['status', 'archived'],
      ['priority', 'critical'],
      ['type', 'bug'],
    ] as const) {
      const parsed = ZendeskTicketSchema.safeParse({ ...base, [field]: value });
      expect(parsed.error?.issues[0]?.path).toEqual([field]);
    }
  });

  it('keeps unknown fields (the vendor adds fields without notice)', () => {
    const parsed = ZendeskTicketSchema.parse({
      ...base,
      from_messaging_channel: true,
      sla: { x: 1 },
    });
    expect(parsed).toMatchObject({ from_messaging_channel: true, sla: { x: 1 } });
  });

  it('accepts nulls and missing optional fields where the vendor sends them', () => {
    const nulls = {
      ...base,
      priority: null,
      type: null,
      custom_status_id: null,
      assignee_id: null,
      group_id: null,
      satisfaction_rating: null,
      metric_set: null,
      via: null,
      tags: null,
    };
    expect(ZendeskTicketSchema.safeParse(nulls).success).toBe(true);
    expect(ZendeskTicketSchema.safeParse(base).success).toBe(true);
  });

  it('via.channel is a string or an integer via id, never empty', () => {
    for (const channel of ['web', 0, 19]) {
      expect(ZendeskTicketSchema.safeParse({ ...base, via: { channel } }).success).toBe(true);
    }
    expect(ZendeskTicketSchema.safeParse({ ...base, via: { channel: '' } }).success).toBe(false);
  });

  it('requires an instant with a zone for created_at', () => {
    const parsed = ZendeskTicketSchema.safeParse({ ...base, created_at: '2025-03-01 10:00:00' });
    expect(parsed.error?.issues[0]?.path).toEqual(['created_at']);
  });
});

describe('Zendesk ticket metric schema (HELPDESK-APIS §1.5 ticket metrics)', () => {
  it('minutes are integers or null, and may be missing altogether', () => {
    expect(ZendeskTicketMetricSchema.safeParse({}).success).toBe(true);
    expect(
      ZendeskTicketMetricSchema.safeParse({
        reply_time_in_minutes: { calendar: null, business: null },
      }).success,
    ).toBe(true);
    const fractional = ZendeskTicketMetricSchema.safeParse({
      full_resolution_time_in_minutes: { calendar: 12.5, business: 3 },
    });
    expect(fractional.error?.issues[0]?.path).toEqual([
      'full_resolution_time_in_minutes',
      'calendar',
    ]);
  });

  it('replies and reopens are non-negative integers', () => {
    expect(ZendeskTicketMetricSchema.safeParse({ replies: -1 }).error?.issues[0]?.path).toEqual([
      'replies',
    ]);
  });
});

describe('Zendesk users and custom statuses', () => {
  it.each(ZENDESK_USER_ROLES)('accepts role %s', (role) => {
    expect(ZendeskUserSchema.safeParse({ id: 1, name: 'x', role }).success).toBe(true);
  });
  it.each(ZENDESK_STATUS_CATEGORIES)('accepts status category %s', (status_category) => {
    const parsed = ZendeskCustomStatusSchema.safeParse({
      id: 1,
      agent_label: 'x',
      status_category,
    });
    expect(parsed.success).toBe(true);
  });
  it('has no closed category: closed belongs to solved', () => {
    const parsed = ZendeskCustomStatusSchema.safeParse({
      id: 1,
      agent_label: 'x',
      status_category: 'closed',
    });
    expect(parsed.success).toBe(false);
  });
});
