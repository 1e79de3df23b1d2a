import { describe, expect, it } from 'vitest';
import { CHANNELS, PRIORITIES, TICKET_STATUSES } from '../../src/schema/enums.js';
import {
  SAMPLE_GROUPS,
  SAMPLE_SEGMENTS,
  SAMPLE_TOPIC_TAGS,
  sampleDataset,
} from '../../src/sample/index.js';
import { Violations, madrid, mean, median, openChecker, share, tally } from './support.js';

const data = sampleDataset();
const { tickets } = data;
const { from, to } = data.meta;
const isOpen = openChecker(data);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('sample tickets: seasonality in Madrid time', () => {
  it('Monday is the busiest weekday and the weekend is much quieter', () => {
    const byWeekday = tally(tickets, (t) => madrid.weekdayHour(t.createdAt).weekday);
    const monday = byWeekday.get(1)!;
    for (let day = 2; day <= 7; day++) expect(byWeekday.get(day)!).toBeLessThan(monday);
    const workdayMean = mean([1, 2, 3, 4, 5].map((d) => byWeekday.get(d)!));
    expect(byWeekday.get(6)!).toBeLessThan(0.4 * workdayMean);
    expect(byWeekday.get(7)!).toBeLessThan(0.4 * workdayMean);
  });

  it('peaks in business hours (10–13 h and 16–18 h), dips at lunch, and is quiet at night', () => {
    const byHour = tally(tickets, (t) => madrid.weekdayHour(t.createdAt).hour);
    const at = (h: number): number => byHour.get(h) ?? 0;
    const busiest = [...byHour].sort((a, b) => b[1] - a[1])[0]![0] as number;
    expect(busiest).toBeGreaterThanOrEqual(10);
    expect(busiest).toBeLessThanOrEqual(13);
    const night = mean([0, 1, 2, 3, 4, 5].map(at));
    expect(mean([10, 11, 12].map(at))).toBeGreaterThan(10 * night);
    // The afternoon peak rises again after the lunch dip.
    expect(at(14)).toBeLessThan(at(12));
    expect(at(17)).toBeGreaterThan(at(15));
    expect(mean([16, 17].map(at))).toBeGreaterThan(5 * night);
  });

  it('August is quiet; January and September are busy (tickets per day)', () => {
    const byMonth = tally(tickets, (t) => madrid.fields(t.createdAt).month);
    const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    const perDay = (m: number): number => byMonth.get(m)! / days[m - 1]!;
    const yearPerDay = tickets.length / 365;
    expect(perDay(8)).toBeLessThan(0.8 * yearPerDay);
    expect(perDay(1)).toBeGreaterThan(1.03 * yearPerDay);
    expect(perDay(9)).toBeGreaterThan(1.05 * yearPerDay);
  });

  it('averages about `ticketsPerDay` (50) on ordinary weekdays', () => {
    const holidays = new Set(data.meta.serviceHours.holidays);
    const perDay = tally(
      tickets.filter((t) => {
        const f = madrid.fields(t.createdAt);
        const date = `${f.year}-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`;
        return f.weekday <= 5 && !holidays.has(date);
      }),
      (t) => madrid.localDay(t.createdAt),
    );
    expect(mean([...perDay.values()])).toBeGreaterThan(45);
    expect(mean([...perDay.values()])).toBeLessThan(56);
  });
});

describe('sample tickets: mix', () => {
  it('uses the schema channels, with phone and chat only while the team is open', () => {
    const byChannel = tally(tickets, (t) => t.channel!);
    for (const channel of CHANNELS.filter((c) => c !== 'other'))
      expect(byChannel.get(channel)).toBeGreaterThan(100);
    expect([...byChannel].sort((a, b) => b[1] - a[1])[0]![0]).toBe('email');
    const live = tickets.filter((t) => t.channel === 'phone' || t.channel === 'chat');
    expect(live.filter((t) => !isOpen(t.createdAt)).map((t) => t.id)).toEqual([]);
  });

  it('has every priority, mostly normal, few urgent', () => {
    const byPriority = tally(tickets, (t) => t.priority!);
    for (const p of PRIORITIES) expect(byPriority.get(p)).toBeGreaterThan(0);
    expect(byPriority.get('normal')! / tickets.length).toBeGreaterThan(0.45);
    expect(byPriority.get('urgent')! / tickets.length).toBeLessThan(0.15);
  });

  it('speaks es ≈ 70%, en ≈ 20%, pt ≈ 10%', () => {
    expect(Math.abs(share(tickets, (t) => t.language === 'es') - 0.7)).toBeLessThan(0.05);
    expect(Math.abs(share(tickets, (t) => t.language === 'en') - 0.2)).toBeLessThan(0.05);
    expect(Math.abs(share(tickets, (t) => t.language === 'pt') - 0.1)).toBeLessThan(0.04);
  });

  it('covers every group and segment, and takes customer and segment from the customers', () => {
    const groups = tally(tickets, (t) => t.group!);
    for (const g of SAMPLE_GROUPS) expect(groups.get(g)).toBeGreaterThan(1000);
    const segments = tally(tickets, (t) => t.customerSegment!);
    for (const s of SAMPLE_SEGMENTS) expect(segments.get(s)).toBeGreaterThan(1000);
    const customers = new Map(data.customers.map((c) => [c.id, c]));
    const v = new Violations();
    for (const t of tickets) {
      const c = customers.get(t.customerId ?? '');
      v.check(c !== undefined, () => `${t.id}: unknown customer ${t.customerId}`);
      if (!c) continue;
      v.check(
        c.segment === t.customerSegment,
        () => `${t.id}: segment ${t.customerSegment} ≠ ${c.segment}`,
      );
      v.check(
        c.activeFrom <= t.createdAt && (c.activeTo == null || t.createdAt < c.activeTo),
        () => `${t.id}: customer ${c.id} not active`,
      );
    }
    expect(v.first).toEqual([]);
  });

  it('assigns answered tickets to an employee of the right team and level, employed at the time', () => {
    const employees = new Map(data.employees.map((e) => [e.name, e]));
    const v = new Violations();
    for (const t of tickets) {
      if (t.firstResponseAt == null) {
        v.check(t.assignee === undefined, () => `${t.id}: unanswered but assigned`);
        continue;
      }
      const e = employees.get(t.assignee ?? '');
      v.check(e !== undefined, () => `${t.id}: assignee ${t.assignee} is not an employee`);
      if (!e) continue;
      v.check(e.team === t.group, () => `${t.id}: ${e.name} is in ${e.team}, ticket in ${t.group}`);
      v.check(
        e.custom?.['tier'] === t.tier,
        () => `${t.id}: ${e.name} works at ${e.custom?.['tier']}, ticket at ${t.tier}`,
      );
      v.check(
        e.hiredAt <= (t.fullyResolvedAt ?? to),
        () => `${t.id}: ${e.name} hired after the work`,
      );
      v.check(e.leftAt == null || e.leftAt > t.createdAt, () => `${t.id}: ${e.name} had left`);
    }
    expect(v.first).toEqual([]);
  });

  it('escalated tickets end at N2 or N3 (N3 only in Técnico), the others at N1', () => {
    const v = new Violations();
    for (const t of tickets) {
      if (t.escalated)
        v.check(t.tier === 'N2' || t.tier === 'N3', () => `${t.id}: escalated at ${t.tier}`);
      else v.check(t.tier === 'N1', () => `${t.id}: not escalated at ${t.tier}`);
      if (t.tier === 'N3') v.check(t.group === 'Técnico', () => `${t.id}: N3 in ${t.group}`);
    }
    expect(v.first).toEqual([]);
    const escalation = share(tickets, (t) => t.escalated === true);
    expect(escalation).toBeGreaterThan(0.08);
    expect(escalation).toBeLessThan(0.25);
    expect(tickets.some((t) => t.tier === 'N3')).toBe(true);
    // Técnico escalates more than the other teams.
    const rate = (g: string): number =>
      share(
        tickets.filter((t) => t.group === g),
        (t) => t.escalated === true,
      );
    expect(rate('Técnico')).toBeGreaterThan(rate('Soporte general'));
  });

  it('tags: a topic of the group first, then flags that agree with the fields', () => {
    const v = new Violations();
    for (const t of tickets) {
      const tags = t.tags ?? [];
      const topics: readonly string[] =
        SAMPLE_TOPIC_TAGS[t.group as keyof typeof SAMPLE_TOPIC_TAGS];
      v.check(
        topics.includes(tags[0] ?? ''),
        () => `${t.id}: first tag ${tags[0]} not a ${t.group} topic`,
      );
      v.check(
        tags.includes('vip') === (t.customerSegment === 'enterprise'),
        () => `${t.id}: vip tag`,
      );
      v.check(tags.includes('queja') === (t.isComplaint === true), () => `${t.id}: queja tag`);
      v.check(tags.includes('escalado') === (t.escalated === true), () => `${t.id}: escalado tag`);
      v.check(tags.includes('reabierto') === t.reopens! > 0, () => `${t.id}: reabierto tag`);
      v.check(tags.includes('venta') === (t.conversion !== undefined), () => `${t.id}: venta tag`);
      v.check(new Set(tags).size === tags.length, () => `${t.id}: duplicate tags`);
    }
    expect(v.first).toEqual([]);
  });

  it('flags a few complaints, applause only on good solved tickets, hold time only on calls, some sales', () => {
    const complaints = share(tickets, (t) => t.isComplaint === true);
    expect(complaints).toBeGreaterThan(0.02);
    expect(complaints).toBeLessThan(0.07);
    const applause = tickets.filter((t) => t.isApplause);
    expect(applause.length / tickets.length).toBeGreaterThan(0.05);
    expect(applause.length / tickets.length).toBeLessThan(0.25);
    expect(
      applause.filter((t) => t.fullyResolvedAt == null || t.isComplaint).map((t) => t.id),
    ).toEqual([]);
    // Applause goes with quick resolutions.
    const hours = (t: (typeof tickets)[number]): number =>
      (t.fullyResolvedAt! - t.createdAt) / HOUR;
    const solved = tickets.filter((t) => t.fullyResolvedAt != null && !t.isApplause);
    expect(median(applause.map(hours))).toBeLessThan(median(solved.map(hours)));

    const v = new Violations();
    for (const t of tickets) {
      v.check(
        (t.holdSeconds !== undefined) === (t.channel === 'phone'),
        () => `${t.id}: holdSeconds on ${t.channel}`,
      );
      if (t.holdSeconds !== undefined)
        v.check(
          Number.isInteger(t.holdSeconds) && t.holdSeconds >= 0,
          () => `${t.id}: hold ${t.holdSeconds}`,
        );
      if (t.conversion) {
        v.check(
          t.conversion.converted && t.conversion.currency === 'EUR' && t.conversion.amount! > 0,
          () => `${t.id}: conversion`,
        );
        v.check(
          Number(t.conversion.amount!.toFixed(2)) === t.conversion.amount,
          () => `${t.id}: amount not in cents`,
        );
      }
    }
    expect(v.first).toEqual([]);
    const phone = tickets.filter((t) => t.channel === 'phone');
    expect(mean(phone.map((t) => t.holdSeconds!))).toBeGreaterThan(10);
    const sales = share(tickets, (t) => t.conversion !== undefined);
    expect(sales).toBeGreaterThan(0.005);
    expect(sales).toBeLessThan(0.05);
  });

  it('reopened and escalated tickets need more agent touches', () => {
    const solved = tickets.filter((t) => t.fullyResolvedAt != null);
    const plain = solved.filter((t) => !t.escalated && t.reopens === 0);
    expect(mean(solved.filter((t) => t.escalated).map((t) => t.agentTouches!))).toBeGreaterThan(
      mean(plain.map((t) => t.agentTouches!)) + 1,
    );
    expect(mean(solved.filter((t) => t.reopens! > 0).map((t) => t.agentTouches!))).toBeGreaterThan(
      mean(plain.map((t) => t.agentTouches!)) + 1,
    );
    // Some are solved in one touch (first contact resolution), but not all.
    const fcr = share(plain, (t) => t.agentTouches === 1);
    expect(fcr).toBeGreaterThan(0.3);
    expect(fcr).toBeLessThan(0.9);
    const reopenRate = share(solved, (t) => t.reopens! > 0);
    expect(reopenRate).toBeGreaterThan(0.04);
    expect(reopenRate).toBeLessThan(0.15);
    expect(solved.some((t) => t.reopens === 2)).toBe(true);
  });
});

describe('sample tickets: timestamps and statuses', () => {
  it('every ticket’s timeline is consistent with itself, its status and the snapshot at `to`', () => {
    const v = new Violations();
    const statuses = new Set<string>(TICKET_STATUSES);
    for (const t of tickets) {
      const {
        createdAt: c,
        firstResponseAt: fr,
        resolvedAt: r,
        fullyResolvedAt: full,
        closedAt: closed,
      } = t;
      const say = (what: string) => () => `${t.id} (${t.status}): ${what}`;
      v.check(
        c >= from && c < to && c % 1000 === 0,
        say('createdAt outside [from, to) or not whole seconds'),
      );
      v.check(statuses.has(t.status), say('unknown status'));
      for (const x of [fr, r, full, closed])
        v.check(
          x == null || (x >= c && x < to),
          say('an instant before createdAt or at/after `to`'),
        );
      if (fr == null) {
        v.check(
          t.status === 'new' && r == null && full == null && closed == null,
          say('unanswered but further along'),
        );
        v.check(
          t.agentTouches === 0 && t.reopens === 0 && !t.escalated && !t.isApplause,
          say('unanswered with activity'),
        );
        continue;
      }
      v.check(isOpen(fr), say('first reply outside opening hours'));
      v.check(t.agentTouches! >= 1, say('answered with no touch'));
      if (r != null) v.check(r >= fr, say('resolved before first reply'));
      if (full != null) {
        v.check(r != null, say('fully resolved without a first resolution'));
        if (t.reopens === 0)
          v.check(full === r, say('fullyResolvedAt ≠ resolvedAt without reopens'));
        else v.check(full > r!, say('reopened but fullyResolvedAt ≤ resolvedAt'));
      }
      if (t.reopens! > 0) v.check(r != null, say('reopened but never resolved'));
      if (closed != null)
        v.check(
          full != null && closed > full && t.status === 'closed',
          say('closed before resolution or wrong status'),
        );
      switch (t.status) {
        case 'closed':
          v.check(closed != null, say('closed without closedAt'));
          break;
        case 'solved':
          v.check(
            full != null && closed == null,
            say('solved without resolution, or with closedAt'),
          );
          // Tickets close four days after the final resolution.
          v.check(to - full! <= 4 * DAY + HOUR, say('solved long ago but not closed'));
          break;
        case 'open':
        case 'pending':
        case 'on_hold':
          v.check(full == null && closed == null, say('in progress with a final resolution'));
          break;
        default:
          v.check(false, say('answered but still new'));
      }
      if (t.status === 'on_hold') v.check(t.escalated === true, say('on hold without escalation'));
    }
    expect(v.first).toEqual([]);
    expect(v.list.length).toBe(0);
  });

  it('the most recent tickets are still new, open or pending; old ones are all done', () => {
    const unfinished = tickets.filter((t) => t.fullyResolvedAt == null);
    expect(unfinished.length).toBeGreaterThan(10);
    const statuses = new Set(unfinished.map((t) => t.status));
    for (const s of ['new', 'open', 'pending'] as const) expect(statuses.has(s)).toBe(true);
    expect(unfinished.filter((t) => t.createdAt < to - 30 * DAY).map((t) => t.id)).toEqual([]);
    const lastDay = tickets.filter((t) => t.createdAt >= to - DAY);
    expect(lastDay.some((t) => t.fullyResolvedAt == null)).toBe(true);
    expect(tickets.filter((t) => t.status === 'closed').length).toBeGreaterThan(
      0.9 * tickets.length,
    );
  });

  it('first replies take minutes on chat and phone, hours by email', () => {
    const frt = (channel: string): number =>
      median(
        tickets
          .filter((t) => t.channel === channel && t.firstResponseAt != null)
          .map((t) => (t.firstResponseAt! - t.createdAt) / MINUTE),
      );
    expect(frt('phone')).toBeLessThan(2);
    expect(frt('chat')).toBeLessThan(5);
    expect(frt('whatsapp')).toBeLessThan(60);
    expect(frt('email')).toBeGreaterThan(60);
    expect(frt('email')).toBeLessThan(24 * 60);
    expect(frt('email')).toBeGreaterThan(20 * frt('chat'));
    // Urgent written tickets are answered sooner than low-priority ones.
    const written = (p: string): number =>
      median(
        tickets
          .filter((t) => t.channel === 'email' && t.priority === p && t.firstResponseAt != null)
          .map((t) => t.firstResponseAt! - t.createdAt),
      );
    expect(written('urgent')).toBeLessThan(written('low'));
  });

  it('messages sent at night wait for the 08:00 opening', () => {
    const night = tickets.filter((t) => {
      const { weekday, hour } = madrid.weekdayHour(t.createdAt);
      return weekday >= 2 && weekday <= 5 && hour < 7 && t.firstResponseAt != null;
    });
    expect(night.length).toBeGreaterThan(50);
    const v = new Violations();
    for (const t of night) {
      const f = madrid.fields(t.createdAt);
      const opening = madrid.instantOf(f.year, f.month, f.day, 8);
      v.check(t.firstResponseAt! >= opening, () => `${t.id}: answered before 08:00`);
    }
    expect(v.first).toEqual([]);
  });

  it('resolution takes longer when escalated and for Técnico', () => {
    const hours = (list: typeof tickets): number =>
      median(
        list.filter((t) => t.resolvedAt != null).map((t) => (t.resolvedAt! - t.createdAt) / HOUR),
      );
    expect(hours(tickets.filter((t) => t.escalated))).toBeGreaterThan(
      2 * hours(tickets.filter((t) => !t.escalated)),
    );
    expect(hours(tickets.filter((t) => t.group === 'Técnico'))).toBeGreaterThan(
      hours(tickets.filter((t) => t.group === 'Soporte general')),
    );
  });
});
