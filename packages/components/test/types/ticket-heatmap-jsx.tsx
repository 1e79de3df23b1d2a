// Type-level test of the <ticket-heatmap> JSX types in src/jsx.d.ts (checked by `tsc`, never run).
import { weekdayHourFirstResponse, weekdayHourMatrix } from '@tablero/core';
import type {} from '../../src/jsx.js';

const volume = weekdayHourMatrix([], { timeZone: 'Europe/Madrid' });
const frt = weekdayHourFirstResponse([], { timeZone: 'Europe/Madrid' });

export const ok = (
  <>
    <ticket-heatmap label="Tickets" result={volume} timeZone="Europe/Madrid" weekStart="7" />
    <ticket-heatmap mode="frt" result={frt} steps={4} theme="dark" />
    <ticket-heatmap tickets={[]} period={{ from: 0, to: 1 }} loading />
    <ticket-heatmap
      counts="[]"
      onkpi-select={(event) => event.detail.weekday + event.detail.hour + event.detail.count}
    />
  </>
);

// @ts-expect-error mode is volume or frt
export const badMode = <ticket-heatmap mode="speed" />;

// @ts-expect-error steps is a number property
export const badSteps = <ticket-heatmap steps="4" />;

// @ts-expect-error the select detail has no `value`
export const badDetail = <ticket-heatmap onkpi-select={(event) => event.detail.value} />;
