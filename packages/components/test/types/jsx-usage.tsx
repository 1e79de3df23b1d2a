// Type-level test of src/jsx.d.ts (checked by `tsc -p tsconfig.json`, never run): what a React
// 19 user writes must compile, and a wrong type must not.
import { nps } from '@tablero/core';
import type {} from '../../src/jsx.js';

const result = nps([10, 9, 3]);

export const ok = (
  <>
    <nps-gauge label="NPS" result={result} target={40} theme="dark" lang="es" />
    <nps-gauge score={42} promoters={120} passives={40} detractors={30} loading />
    <nps-gauge responses={[10, 9, 3]} onkpi-table-toggle={(event) => event.open} />
  </>
);

// @ts-expect-error score is a number property, not a string
export const badScore = <nps-gauge score="42" />;

// @ts-expect-error theme is one of auto, light, dark
export const badTheme = <nps-gauge theme="sepia" />;

// @ts-expect-error the event handler receives the typed event
export const badHandler = <nps-gauge onkpi-table-toggle={(event: KpiSelectLike) => event.x} />;
type KpiSelectLike = { x: number };

export const churn = (
  <churn-trend
    target={3}
    metric="retention"
    points='[{"label":"2025-01","start":400,"lost":12}]'
    time-zone="Europe/Madrid"
    onkpi-select={(event) => event.detail.period?.from}
  />
);

// @ts-expect-error metric is churn or retention
export const badMetric = <churn-trend metric="nps" />;
