import type { SurveyResponse } from '../schema/survey-response.js';
import type { ZoneClock } from '../time/zone.js';
import type { StaffRoster } from './employee-generator.js';
import type { Prng } from './prng.js';
import { employeeScores } from './score-model.js';

const DAY_MS = 86_400_000;
/** Most people answer a pulse survey; some never do. */
const RESPONSE_RATE = 0.8;
/** People who will leave within this span are already less happy. */
const LEAVING_SIGNAL_MS = 120 * DAY_MS;

/**
 * Quarterly pulse surveys (eNPS and ESAT, seed 004 §11): sent on the 15th of the middle month
 * of each quarter at 10:00 local, answered over the following days by those employed then.
 * Returned in time order, without ids (the dataset numbers all answers together).
 */
export function generateEmployeeSurveys(
  roster: StaffRoster,
  range: { clock: ZoneClock; from: number; to: number },
  prng: Prng,
): SurveyResponse[] {
  const { clock, from, to } = range;
  const moods = roster.employees.map(() => prng.normal(0, 1));
  const answers: SurveyResponse[] = [];
  const firstYear = clock.fields(from).year;
  const lastYear = clock.fields(to - 1).year;
  for (let year = firstYear; year <= lastYear; year++) {
    for (let quarter = 0; quarter < 4; quarter++) {
      const sentAt = clock.instantOf(year, 3 * quarter + 2, 15, 10, 0, 0);
      if (sentAt < from || sentAt >= to) continue;
      // Summer holidays and the August rush weigh on the third quarter.
      const season = quarter === 2 ? -0.3 : 0;
      roster.employees.forEach((employee, i) => {
        const leftAt = roster.leftAt[i]!;
        if (roster.hiredAt[i]! > sentAt || leftAt <= sentAt || !prng.chance(RESPONSE_RATE)) return;
        const answeredAt = Math.floor((sentAt + prng.exponential(1.5 * DAY_MS)) / 1000) * 1000;
        if (answeredAt >= to || answeredAt >= leftAt) return;
        const mood = moods[i]! + season - (leftAt - sentAt < LEAVING_SIGNAL_MS ? 1.2 : 0);
        const { enps, esat } = employeeScores(prng, mood);
        for (const [kind, score] of [
          ['enps', enps],
          ['esat', esat],
        ] as const) {
          answers.push({
            id: '',
            kind,
            score,
            answeredAt,
            employeeId: employee.id,
            language: 'es',
          });
        }
      });
    }
  }
  return answers.sort((a, b) => a.answeredAt - b.answeredAt);
}
