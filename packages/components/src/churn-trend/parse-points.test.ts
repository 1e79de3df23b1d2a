import { describe, expect, it } from 'vitest';
import { parsePoints } from './parse-points.js';

const reason = (text: string) => {
  const parsed = parsePoints(text);
  return parsed.ok ? null : parsed.reason;
};

describe('parsePoints: the `points` attribute (KPI-SPEC §Churn rate)', () => {
  it('computes the rate as 100 × L / S, like core', () => {
    const parsed = parsePoints(
      '[{"label":"2025-01","start":1200,"lost":43},{"label":"2025-02","start":1202,"lost":24,"newLost":2,"complete":false}]',
    );
    expect(parsed).toMatchObject({
      ok: true,
      points: [
        {
          label: '2025-01',
          rate: (100 * 43) / 1200,
          start: 1200,
          lost: 43,
          newLost: 0,
          complete: true,
        },
        { label: '2025-02', rate: (100 * 24) / 1202, newLost: 2, complete: false },
      ],
    });
  });
  it('accepts a bare rate when the counts are unknown', () => {
    expect(parsePoints('[{"label":"Q1","rate":3.1}]')).toMatchObject({
      ok: true,
      points: [{ label: 'Q1', rate: 3.1, start: null, lost: null }],
    });
  });
  it('accepts a rounded rate beside its counts, and gives S = 0 no rate', () => {
    const parsed = parsePoints(
      '[{"label":"a","start":3,"lost":1,"rate":33.33},{"label":"b","start":0,"lost":0}]',
    );
    expect(parsed).toMatchObject({ ok: true, points: [{ rate: 100 / 3 }, { rate: null }] });
  });
  it('names the entry and field of each problem', () => {
    expect(reason('nope')).toBe('is not valid JSON');
    expect(reason('{"label":"a"}')).toBe('must be a JSON array of periods');
    expect(reason('[1]')).toMatch(/^entry 0 must be an object/);
    expect(reason('[{"label":""}]')).toBe('entry 0 field "label": expected a non-empty string');
    expect(reason('[{"label":"a","start":10,"lost":1},{"label":"b","start":10,"lost":-1}]')).toBe(
      'entry 1 field "lost": expected a whole number ≥ 0, got -1',
    );
    expect(reason('[{"label":"a","start":1.5,"lost":0}]')).toBe(
      'entry 0 field "start": expected a whole number ≥ 0, got 1.5',
    );
    expect(reason('[{"label":"a","start":1,"lost":2}]')).toBe(
      'entry 0 field "lost": 2 is more than start (1)',
    );
    expect(reason('[{"label":"a","start":10}]')).toBe(
      'entry 0 field "lost": expected a whole number ≥ 0, got undefined',
    );
    expect(reason('[{"label":"a","rate":"3"}]')).toBe(
      'entry 0 field "rate": expected a percentage 0–100, got "3"',
    );
    expect(reason('[{"label":"a","rate":130}]')).toBe(
      'entry 0 field "rate": expected a percentage 0–100, got 130',
    );
    expect(reason('[{"label":"a","start":100,"lost":3,"rate":5}]')).toBe(
      'entry 0 field "rate": 5 disagrees with 100 × lost / start = 3',
    );
    expect(reason('[{"label":"a"}]')).toBe('entry 0 needs "start" and "lost", or a "rate"');
    expect(reason('[{"label":"a","rate":1,"lose":2}]')).toMatch(
      /^entry 0 has an unknown field "lose"/,
    );
    expect(reason('[{"label":"a","rate":1,"complete":"no"}]')).toBe(
      'entry 0 field "complete": expected true or false',
    );
  });
  it('reads an empty array as no periods, not an error', () => {
    expect(parsePoints('[]')).toEqual({ ok: true, points: [] });
  });
});
