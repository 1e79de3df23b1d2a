import type { Employee } from '../schema/employee.js';
import { ActivePicker } from './active-picker.js';
import { exp } from './deterministic-math.js';
import { personName, type Gender } from './names.js';
import type { Prng } from './prng.js';
import type { SampleGroup, SampleTier } from './sample-vocabulary.js';

const DAY_MS = 86_400_000;
const YEAR_MS = 365.2425 * DAY_MS;

/** Yearly probability that a person leaves; contact centres in Spain run well above 10%. */
const YEARLY_TURNOVER = 0.14;
/** A replacement starts up to this long before the person leaves, to learn the job. */
const HANDOVER_MS = 21 * DAY_MS;

interface Position {
  group: SampleGroup;
  /** null for team leads, who supervise and take no tickets. */
  tier: SampleTier | null;
  /** Job title by gender: Spanish titles agree with the person. */
  role: Record<Gender, string>;
  headcount: number;
}

const LEAD: Record<Gender, string> = { f: 'Coordinadora', m: 'Coordinador' };
const AGENT: Record<Gender, string> = { f: 'Agente', m: 'Agente' };
const SPECIALIST: Record<Gender, string> = { f: 'Especialista', m: 'Especialista' };
const ENGINEER: Record<Gender, string> = { f: 'Ingeniera de soporte', m: 'Ingeniero de soporte' };

/** 37 people: most at N1 in general support, a few specialists, three engineers at N3. */
const POSITIONS: readonly Position[] = [
  { group: 'Soporte general', tier: null, role: LEAD, headcount: 1 },
  { group: 'Soporte general', tier: 'N1', role: AGENT, headcount: 12 },
  { group: 'Soporte general', tier: 'N2', role: SPECIALIST, headcount: 3 },
  { group: 'Facturación', tier: null, role: LEAD, headcount: 1 },
  { group: 'Facturación', tier: 'N1', role: AGENT, headcount: 6 },
  { group: 'Facturación', tier: 'N2', role: SPECIALIST, headcount: 2 },
  { group: 'Técnico', tier: null, role: LEAD, headcount: 1 },
  { group: 'Técnico', tier: 'N1', role: AGENT, headcount: 5 },
  { group: 'Técnico', tier: 'N2', role: SPECIALIST, headcount: 3 },
  { group: 'Técnico', tier: 'N3', role: ENGINEER, headcount: 3 },
];

/** Employees plus who can take a ticket of a given group and tier at a given instant. */
export interface StaffRoster {
  employees: Employee[];
  hiredAt: Float64Array;
  /** `Infinity` while employed. */
  leftAt: Float64Array;
  /** The agent for a ticket of `group` at `tier` at instant `at`, by name. */
  agentFor(prng: Prng, group: SampleGroup, tier: SampleTier, at: number): string;
}

interface Pool {
  picker: ActivePicker;
  names: string[];
}

interface Draft {
  name: string;
  position: Position;
  gender: Gender;
  hiredAt: number;
  leftAt: number | null;
}

export function generateEmployees(range: { from: number; to: number }, prng: Prng): StaffRoster {
  const { from, to } = range;
  const leaveChance = 1 - exp(-YEARLY_TURNOVER * ((to - from) / YEAR_MS));
  const names = new Set<string>();
  const drafts: Draft[] = [];
  const hire = (position: Position, hiredAt: number): Draft => {
    const gender: Gender = prng.chance(0.55) ? 'f' : 'm';
    const draft: Draft = {
      name: uniqueName(prng, gender, names),
      position,
      gender,
      hiredAt,
      leftAt: null,
    };
    drafts.push(draft);
    return draft;
  };
  for (const position of POSITIONS) {
    const seniority = position.tier === null || position.tier === 'N3' ? 2 * YEAR_MS : 0;
    for (let i = 0; i < position.headcount; i++) {
      const person = hire(
        position,
        wholeSecond(from - 30 * DAY_MS - seniority - prng.exponential(2.5 * YEAR_MS)),
      );
      if (!prng.chance(leaveChance)) continue;
      // Whoever leaves is replaced before going, so no team is ever left without its level.
      person.leftAt = wholeSecond(prng.between(from, to));
      hire(position, wholeSecond(person.leftAt - prng.between(0, HANDOVER_MS)));
    }
  }
  drafts.sort((a, b) => a.hiredAt - b.hiredAt);

  const employees: Employee[] = drafts.map((d, i) => ({
    id: `E-${String(i + 1).padStart(3, '0')}`,
    name: d.name,
    role: d.position.role[d.gender],
    team: d.position.group,
    hiredAt: d.hiredAt,
    leftAt: d.leftAt,
    custom: { tier: d.position.tier },
  }));
  const hiredAt = Float64Array.from(drafts, (d) => d.hiredAt);
  const leftAt = Float64Array.from(drafts, (d) => d.leftAt ?? Infinity);

  // Nested maps keyed by the interned vocabulary strings: no key is built per ticket.
  const pools = new Map<SampleGroup, Map<SampleTier, Pool>>();
  for (const position of POSITIONS) {
    if (position.tier === null) continue;
    const members = drafts.filter((d) => d.position === position);
    let byTier = pools.get(position.group);
    if (!byTier) pools.set(position.group, (byTier = new Map()));
    byTier.set(position.tier, {
      picker: new ActivePicker(
        Float64Array.from(members, (d) => d.hiredAt),
        Float64Array.from(members, (d) => d.leftAt ?? Infinity),
      ),
      names: members.map((d) => d.name),
    });
  }
  const anyAgent = pools.get('Soporte general')!.get('N1')!;

  return {
    employees,
    hiredAt,
    leftAt,
    agentFor(agentPrng, group, tier, at) {
      const pool = pools.get(group)?.get(tier) ?? anyAgent;
      const index = pool.picker.pick(agentPrng, at);
      // Outside everyone's employment (a range far from the hires): the pool's first member.
      return pool.names[index < 0 ? 0 : index]!;
    },
  };
}

function uniqueName(prng: Prng, gender: Gender, taken: Set<string>): string {
  let name = personName(prng, 'es', gender);
  for (let attempt = 0; taken.has(name) && attempt < 20; attempt++)
    name = personName(prng, 'es', gender);
  if (taken.has(name)) name = `${name} (${taken.size + 1})`;
  taken.add(name);
  return name;
}

function wholeSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}
