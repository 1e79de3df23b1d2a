// Type-level test of the <csat-card> JSX types in src/jsx.d.ts (checked by `tsc`, never run).
import { byPeriod, csat } from '@tablero/core';
import type {} from '../../src/jsx.js';

const result = csat([5, 4, 2]);
const series = byPeriod([], (a) => csat(a), { every: 'month' });

export const ok = (
  <>
    <csat-card label="CSAT" result={result} previous={result} series={series} theme="dark" />
    <csat-card value={82} positive={164} n={200} scale="1-7" positiveThreshold={6} loading />
    <csat-card distribution={[1, 2, 3, 4, 5]} series={[80, null, 82]} />
    <csat-card responses={[5, 'good', true]} onkpi-table-toggle={(event) => event.open} />
  </>
);

// @ts-expect-error value is a number property, not a string
export const badValue = <csat-card value="82" />;

// @ts-expect-error kpi is csat or esat
export const badKpi = <csat-card kpi="nps" />;

// @ts-expect-error scale is one of 1-5, 1-7, 1-10, binary
export const badScale = <csat-card scale="1-4" />;
