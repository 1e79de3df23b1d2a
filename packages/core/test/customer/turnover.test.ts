import { describe, expect, it } from 'vitest';
import { turnover } from '../../src/index.js';

const march = { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };
const staff = [
  ...Array.from({ length: 18 }, (_, i) => ({ id: `e${i}`, hiredAt: '2025-01-01T00:00:00Z' })),
  { id: 'left1', hiredAt: '2025-01-01T00:00:00Z', leftAt: '2026-03-10T00:00:00Z' },
  { id: 'left2', hiredAt: '2025-01-01T00:00:00Z', leftAt: '2026-03-20T00:00:00Z' },
  { id: 'new', hiredAt: '2026-03-15T00:00:00Z' },
  { id: 'old', hiredAt: '2024-01-01T00:00:00Z', leftAt: '2025-12-31T00:00:00Z' },
];

describe('KPI-SPEC §Employee KPIs — turnover', () => {
  it('= 100 × departures ÷ average of headcount at start and end', () => {
    const r = turnover(staff, march);
    // start 20 (18 + left1 + left2), end 19 (18 + new), average 19.5; 2 departures → 10.2564%
    expect(r).toMatchObject({
      kpi: 'turnover',
      departures: 2,
      headcountStart: 20,
      headcountEnd: 19,
      averageHeadcount: 19.5,
    });
    expect(r.value).toBeCloseTo((100 * 2) / 19.5, 12);
  });

  it('uses the mean daily headcount when given', () => {
    const r = turnover(staff, march, { dailyHeadcount: [20, 20, 19, 18] });
    expect(r.averageHeadcount).toBe(19.25);
    expect(r.value).toBeCloseTo(200 / 19.25, 12);
  });

  it('empty → value null', () => {
    expect(turnover([], march)).toMatchObject({ value: null, departures: 0 });
  });
});
