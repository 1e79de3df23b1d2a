import { civilFromDays } from '../time/zone.js';

/**
 * Spain's national public holidays, by local day number (days since 1970-01-01). The team in
 * the sample works in Spain, so these apply whatever `timeZone` the dataset is drawn in.
 * Regional holidays and the Monday moves some regions make are left out.
 */
export class SpanishHolidays {
  readonly #years = new Map<number, Set<number>>();

  /** Whether the local calendar day `day` is a national holiday. */
  has(day: number): boolean {
    const { year } = civilFromDays(day);
    let days = this.#years.get(year);
    if (!days) {
      days = new Set(holidaysOf(year).map(([month, d]) => daysFromCivil(year, month, d)));
      this.#years.set(year, days);
    }
    return days.has(day);
  }

  /** `YYYY-MM-DD` of every holiday in `[firstDay, lastDay]`, in order. */
  isoDatesBetween(firstDay: number, lastDay: number): string[] {
    const dates: string[] = [];
    for (let day = firstDay; day <= lastDay; day++) {
      if (!this.has(day)) continue;
      const { year, month, day: dayOfMonth } = civilFromDays(day);
      dates.push(`${year}-${pad2(month)}-${pad2(dayOfMonth)}`);
    }
    return dates;
  }
}

/** `[month, day]` pairs of the national holidays of `year`. */
function holidaysOf(year: number): [number, number][] {
  const easter = easterSunday(year);
  const goodFriday = civilFromDays(daysFromCivil(year, easter[0], easter[1]) - 2);
  return [
    [1, 1], // Año Nuevo
    [1, 6], // Epifanía
    [goodFriday.month, goodFriday.day], // Viernes Santo
    [5, 1], // Fiesta del Trabajo
    [8, 15], // Asunción
    [10, 12], // Fiesta Nacional
    [11, 1], // Todos los Santos
    [12, 6], // Día de la Constitución
    [12, 8], // Inmaculada Concepción
    [12, 25], // Navidad
  ];
}

/** Gregorian Easter Sunday as `[month, day]` (the anonymous Gregorian computus). */
export function easterSunday(year: number): [number, number] {
  const golden = year % 19;
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const leapCenturies = Math.floor(century / 4);
  const centuryRest = century % 4;
  const lunarCorrection = Math.floor((century + 8) / 25);
  const solarCorrection = Math.floor((century - lunarCorrection + 1) / 3);
  const epact = (19 * golden + century - leapCenturies - solarCorrection + 15) % 30;
  const leapYears = Math.floor(yearOfCentury / 4);
  const yearRest = yearOfCentury % 4;
  const weekdayShift = (32 + 2 * centuryRest + 2 * leapYears - epact - yearRest) % 7;
  const monthShift = Math.floor((golden + 11 * epact + 22 * weekdayShift) / 451);
  const n = epact + weekdayShift - 7 * monthShift + 114;
  return [Math.floor(n / 31), (n % 31) + 1];
}

/** Day number of a calendar date; UTC arithmetic on a date is zone-free. */
export function daysFromCivil(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
