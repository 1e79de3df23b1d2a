import { compare, enps, nps, npsFromCounts } from '@tablero/core';
import { describe, expect, it } from 'vitest';
import { npsGaugeModel } from './nps-gauge-model.js';

const host = () => document.createElement('nps-gauge-model-host');
const answers = [10, 10, 9, 8, 7, 6, 3, 10, 9, 0, 10];

describe('npsGaugeModel: the three ways in, by precedence (issue 3 "For every element")', () => {
  it('prefers raw responses over a result, and a result over attributes', () => {
    const fromResponses = npsGaugeModel(host(), {
      kpi: 'nps',
      responses: answers,
      result: nps([0, 0]),
      score: 99,
    });
    expect(fromResponses.state === 'ready' && fromResponses.data.value).toBe(nps(answers).value);
    const fromResult = npsGaugeModel(host(), { kpi: 'nps', result: nps([10, 0, 0]), score: 99 });
    expect(fromResult.state === 'ready' && fromResult.data.value).toBe(nps([10, 0, 0]).value);
  });

  it('computes attribute counts with the core, interval and standard error included', () => {
    const model = npsGaugeModel(host(), { kpi: 'nps', promoters: 7, passives: 2, detractors: 4 });
    const core = npsFromCounts({ promoters: 7, passives: 2, detractors: 4 });
    expect(model.state).toBe('ready');
    if (model.state !== 'ready') return;
    expect(model.data.value).toBe(core.value);
    expect(model.data.interval).toEqual(core.interval);
    expect(model.data.standardError).toBe(core.standardError);
  });

  it('keeps a stated interval over the computed one, and accepts a rounded score', () => {
    const core = npsFromCounts({ promoters: 7, passives: 2, detractors: 4 });
    const model = npsGaugeModel(host(), {
      kpi: 'nps',
      promoters: 7,
      passives: 2,
      detractors: 4,
      score: Math.round(core.value!),
      intervalLow: -5,
      intervalHigh: 50,
    });
    expect(model.state === 'ready' && model.data.interval).toEqual([-5, 50]);
  });

  it('treats n="0" with a score as empty, and no input at all as empty', () => {
    expect(npsGaugeModel(host(), { kpi: 'nps', score: 10, n: 0 }).state).toBe('empty');
    expect(npsGaugeModel(host(), { kpi: 'nps' }).state).toBe('empty');
  });

  it('computes eNPS answers with the core’s enps when kpi is "enps"', () => {
    const records = answers.map((score, i) => ({
      id: `e${i}`,
      kind: 'enps' as const,
      score,
      answeredAt: Date.UTC(2026, 2, 1 + i),
    }));
    const model = npsGaugeModel(host(), { kpi: 'enps', responses: records });
    expect(model.state === 'ready' && model.data.value).toBe(enps(records).value);
    expect(model.state === 'ready' && model.data.kpi).toBe('enps');
    // The same records through nps() are of the wrong kind: all rejected, nothing shown.
    const wrong = npsGaugeModel(host(), { kpi: 'nps', responses: records });
    expect(wrong.state).toBe('empty');
    expect(wrong.state === 'empty' && wrong.rejected).toHaveLength(records.length);
  });
});

describe('npsGaugeModel comparison (KPI-SPEC §Periods and comparison)', () => {
  it('compares with the previous responses exactly as core compare() does', () => {
    const previousAnswers = [10, 3, 3, 9, 8, 0, 1, 10];
    const model = npsGaugeModel(host(), {
      kpi: 'nps',
      responses: answers,
      previousResponses: previousAnswers,
    });
    expect(model.state === 'ready' && model.comparison).toEqual(
      compare(nps(answers), nps(previousAnswers)),
    );
  });

  it('prefers a previous result to previous responses and to previous-score', () => {
    const previous = nps([0, 0, 10]);
    const model = npsGaugeModel(host(), {
      kpi: 'nps',
      score: 10,
      previous,
      previousResponses: [10, 10],
      previousScore: 50,
    });
    expect(model.state === 'ready' && model.comparison?.previous).toBe(previous.value);
  });

  it('has no comparison when the previous period is empty', () => {
    const model = npsGaugeModel(host(), { kpi: 'nps', score: 10, previousResponses: [] });
    expect(model.state === 'ready' && model.comparison).toBe(null);
  });
});

describe('npsGaugeModel never throws (issue 3: bad input shows an invalid state)', () => {
  it.each([
    [{ responses: 'nope' as never }, 'responses'],
    [{ result: { value: 1 } as never }, 'result'],
    [{ result: null, score: Number.NaN }, 'score'],
    [{ promoters: 1, passives: 1, detractors: Number.POSITIVE_INFINITY }, 'detractors'],
    [{ score: 10, intervalLow: 5 }, 'interval-high'],
  ])('%o → invalid, naming %s', (input, attribute) => {
    const model = npsGaugeModel(host(), { kpi: 'nps', ...input });
    expect(model.state).toBe('invalid');
    expect(model.state === 'invalid' && model.issues.map((i) => i.attribute)).toContain(attribute);
  });
});
