import { parseNumber, type DecimalSeparator } from './parse-number.js';

/** How a duration column is written. `auto`: `HH:MM:SS` when it has a colon, else milliseconds (HubSpot). */
export const DURATION_UNITS = ['ms', 'seconds', 'minutes', 'hours', 'hh:mm:ss', 'auto'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

const UNIT_MS: Record<Exclude<DurationUnit, 'hh:mm:ss' | 'auto'>, number> = {
  ms: 1,
  seconds: 1000,
  minutes: 60_000,
  hours: 3_600_000,
};

const CLOCK = /^(\d+):([0-5]\d)(?::([0-5]\d)(?:[.,](\d{1,3}))?)?$/;

/**
 * A duration cell in milliseconds. Numbers take the unit (decimal comma allowed: `1,5` hours);
 * `HH:MM:SS` or `HH:MM` (hours may pass 24: `49:10:00`) is read whatever the unit, because
 * exports mix the two. Negative or unreadable → `undefined` and the caller reports it.
 */
export function parseDuration(
  text: string,
  unit: DurationUnit,
  decimal: DecimalSeparator,
): number | undefined {
  const s = text.trim();
  if (s === '') return undefined;
  if (unit !== 'hh:mm:ss') {
    // Whole numbers, the common case (Zendesk minutes), skip the clock pattern.
    const whole = wholeNumber(s);
    if (whole !== undefined) return whole * UNIT_MS[unit === 'auto' ? 'ms' : unit];
  }
  const clock = CLOCK.exec(s);
  if (clock) {
    const [, h, m, sec = '0', frac = '0'] = clock;
    return (
      Number(h) * 3_600_000 + Number(m) * 60_000 + Number(sec) * 1000 + Number(frac.padEnd(3, '0'))
    );
  }
  if (unit === 'hh:mm:ss') return undefined;
  const n = parseNumber(s, decimal);
  if (n === undefined || n < 0) return undefined;
  return Math.round(n * UNIT_MS[unit === 'auto' ? 'ms' : unit]);
}

function wholeNumber(s: string): number | undefined {
  if (s.length > 15) return undefined;
  let value = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    value = value * 10 + c;
  }
  return value;
}
