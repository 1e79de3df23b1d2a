import { describe, expect, it } from 'vitest';
import { businessMinutesBetween, ticketVolume, type BusinessSchedule } from '../../src/index.js';

describe('KPI-SPEC §Ticket volume — breakdown values must be of the model', () => {
  it('refuses a channel outside the model, naming the field; lenient keeps the rest', () => {
    const tickets = [
      { id: 'a', status: 'open' as const, createdAt: 0, channel: 'email' as const },
      { id: 'b', status: 'open' as const, createdAt: 0, channel: 'fax' as never },
    ];
    expect(() => ticketVolume(tickets, { by: 'channel' })).toThrow(
      /record 1 \(id "b"\) field "channel": expected one of email/,
    );
    const r = ticketVolume(tickets, { by: 'channel', mode: 'lenient' });
    expect(r).toMatchObject({ value: 1, breakdown: [{ key: 'email', count: 1, share: 100 }] });
  });
});

describe('KPI-SPEC §FRT — business time: a schedule edited after first use is not stale', () => {
  it('measures with the schedule as it is now', () => {
    const schedule: { timeZone: string; week: BusinessSchedule['week'] } = {
      timeZone: 'UTC',
      week: { mon: [['09:00', '10:00']] },
    };
    const monday9 = '2026-03-02T09:00:00Z';
    const monday12 = '2026-03-02T12:00:00Z';
    expect(businessMinutesBetween(monday9, monday12, schedule)).toBe(60);
    schedule.week = { mon: [['09:00', '11:00']] };
    expect(businessMinutesBetween(monday9, monday12, schedule)).toBe(120);
  });
});
