/**
 * `npm run bench`: our one-pass NPS, CSAT, FRT median/p90 and weekday×hour matrix (Europe/Madrid)
 * over 1,000,000 generated tickets and 1,000,000 survey answers, beside the same computations in
 * Arquero and in a plain hand-written loop, all in this run; then the time-zone bucketing alone
 * beside `Intl.DateTimeFormat` per ticket. Figures are medians of timed runs after a warm-up
 * (garbage collection discipline in lib/timing.ts). Any disagreement between contenders exits
 * non-zero; a missed target is reported, not fatal.
 *
 * Environment knobs: BENCH_RUNS (timed runs per contender, default 7, at least 5).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, platform, arch, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { arqueroContender, buildArqueroTables } from './lib/arquero.js';
import { DATA_SOURCE, loadDataset } from './lib/dataset.js';
import { handLoop } from './lib/hand.js';
import { memoMatrix, shuffledCopy } from './lib/shuffled.js';
import { checkShapes, splitByKind, type Inputs } from './lib/inputs.js';
import { oursAccumulators, oursBatch } from './lib/ours.js';
import { count, ms, ratio, renderTable } from './lib/report.js';
import { race, timeOnce, type Timing } from './lib/timing.js';
import {
  differingCells,
  dstEdgeInstants,
  engineMatrix,
  intlPerTicketMatrix,
  oursMatrix,
  perInstantMismatches,
} from './lib/tz.js';
import type { AllFigures } from './lib/types.js';
import {
  SKETCH_BOUND,
  checkCsat,
  checkFrt,
  checkMatrix,
  checkNps,
  frtErrors,
  type Check,
} from './lib/verify.js';

const TICKETS = 1_000_000;
const SURVEYS = 1_000_000;
const SEED = 20_240_601;
const TIME_ZONE = 'Europe/Madrid';
/**
 * `Intl` per ticket costs microseconds, so its timed runs use this many consecutive tickets
 * from the middle of the array (same memory-access pattern as a full pass) and the time is
 * compared per ticket. Its exactness is checked on every ticket, untimed.
 */
const INTL_TICKETS = 200_000;
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 7) || 7);
const TARGET_VS_HAND = 1.5;
const TARGET_VS_ARQUERO = 5;
const TARGET_VS_INTL = 20;

const here = dirname(fileURLToPath(import.meta.url));
const log = (line = '') => process.stdout.write(`${line}\n`);
const started = process.hrtime.bigint();
/** A progress line, stamped with seconds since the start. */
const step = (what: string) =>
  log(`[${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(0).padStart(4)} s] ${what} …`);

// ── Environment ────────────────────────────────────────────────────────────────────────────
function gitCommit(): string | null {
  try {
    const out = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: here, stdio: 'pipe' });
    return out.toString().trim() || null;
  } catch {
    return null;
  }
}

const environment = {
  node: process.version,
  v8: process.versions.v8,
  platform: `${platform()} ${arch()}`,
  cpu: cpus()[0]?.model ?? 'unknown',
  cpuCount: cpus().length,
  availableParallelism: availableParallelism(),
  totalMemoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  commit: gitCommit(),
};
log('Tablero core benchmark');
log(
  `node ${environment.node} (V8 ${environment.v8}), ${environment.platform}, ` +
    `${environment.cpuCount} CPUs (${environment.cpu}), ${environment.totalMemoryGiB} GiB` +
    (environment.commit ? `, commit ${environment.commit}` : ''),
);
log(
  `${RUNS} timed runs per contender after a warm-up run, median reported; contenders interleaved ` +
    `in rotating order; full gc() before each round, young-generation gc() before each run.`,
);
log();

// ── Data (untimed) ──────────────────────────────────────────────────────────────────────────
step('generating data');
const generated = timeOnce(() => loadDataset({ tickets: TICKETS, surveys: SURVEYS, seed: SEED }));
const { tickets, surveys, meta } = generated.result;
const byKind = splitByKind(surveys);
const inputs: Inputs = {
  tickets,
  npsAnswers: byKind.get('nps') ?? [],
  csatAnswers: byKind.get('csat') ?? [],
  timeZone: TIME_ZONE,
};
checkShapes(inputs);
const answered = tickets.reduce((n, t) => (t.firstResponseAt == null ? n : n + 1), 0);
const kindCounts = Object.fromEntries([...byKind].map(([kind, list]) => [kind, list.length]));
log(`data: ${DATA_SOURCE}, seed ${SEED}, generated in ${ms(generated.ms)} ms (untimed)`);
log(
  `  tickets: ${count(tickets.length)} (${count(answered)} with a first response), ` +
    `created ${new Date(meta.from).toISOString()} … ${new Date(meta.to).toISOString()} ` +
    `(the generator's range; team in ${meta.timeZone})`,
);
log(
  `  survey answers: ${count(surveys.length)} — ` +
    Object.entries(kindCounts)
      .map(([k, n]) => `${k} ${count(n)}`)
      .join(', ') +
    ` (NPS uses the nps ones, CSAT the csat ones; split once, untimed)`,
);
log();

// ── Contenders ──────────────────────────────────────────────────────────────────────────────
const hand = handLoop(TIME_ZONE);
const arquero = arqueroContender(TIME_ZONE);

step('timing Arquero table construction');
const tableBuild = race([{ key: 'arquero', run: () => buildArqueroTables(inputs) }], RUNS).get(
  'arquero',
)!;
const tables = tableBuild.result;

type Task = 'nps' | 'csat' | 'frt' | 'matrix' | 'all';
const TASKS: readonly { task: Task; label: string }[] = [
  { task: 'nps', label: 'NPS' },
  { task: 'csat', label: 'CSAT (1–5, top-2 box)' },
  { task: 'frt', label: 'FRT median + p90' },
  { task: 'matrix', label: `weekday×hour (${TIME_ZONE})` },
  { task: 'all', label: 'all four, one pass (issue target)' },
];
const KEYS = ['ours', 'oursBatch', 'hand', 'arquero'] as const;
type Key = (typeof KEYS)[number];

const timings = {} as Record<Task, Record<Key, Timing>>;
const results = {} as Record<Task, Record<Key, unknown>>;
for (const { task, label } of TASKS) {
  step(`timing ${label}`);
  const raced = race<unknown>(
    [
      { key: 'ours', run: () => oursAccumulators[task](inputs) },
      { key: 'oursBatch', run: () => oursBatch[task](inputs) },
      { key: 'hand', run: () => hand[task](inputs) },
      { key: 'arquero', run: () => arquero[task](tables) },
    ],
    RUNS,
  );
  timings[task] = {} as Record<Key, Timing>;
  results[task] = {} as Record<Key, unknown>;
  for (const key of KEYS) {
    timings[task][key] = raced.get(key)!.timing;
    results[task][key] = raced.get(key)!.result;
  }
}

// ── Time-zone bucketing alone ───────────────────────────────────────────────────────────────
// Ours runs on every ticket; `Intl` per ticket on a block of INTL_TICKETS consecutive ones; the
// comparison is per ticket. (A strided subset would not do for ours: its ~100 ns a ticket would
// be dominated by cache misses that a sequential pass does not have.)
const blockStart = Math.max(0, Math.floor((tickets.length - INTL_TICKETS) / 2));
const block = tickets.slice(blockStart, blockStart + INTL_TICKETS);
step(`timing time-zone bucketing (Intl per ticket on ${count(block.length)} tickets)`);
const tzRace = race<Float64Array>(
  [
    { key: 'ours', run: () => oursMatrix(tickets, TIME_ZONE) },
    { key: 'engine', run: () => engineMatrix(tickets, TIME_ZONE) },
    { key: 'intl', run: () => intlPerTicketMatrix(block, TIME_ZONE) },
  ],
  RUNS,
);
// The same tickets in a shuffled order (seeded), where a cache of the last offset segment no
// longer helps: real exports are often sorted by id or customer, not time.
const shuffled = shuffledCopy(tickets, 97);
step('timing time-zone bucketing on shuffled tickets');
const shuffledRace = race<Float64Array>(
  [
    { key: 'ours', run: () => oursMatrix(shuffled, TIME_ZONE) },
    { key: 'memo', run: () => memoMatrix(shuffled, TIME_ZONE) },
  ],
  RUNS,
);
const shuffledOurs = shuffledRace.get('ours')!;
const shuffledMemo = shuffledRace.get('memo')!;
const tzOurs = tzRace.get('ours')!;
const tzEngine = tzRace.get('engine')!;
const tzIntl = tzRace.get('intl')!;
step(`checking every ticket and ${TIME_ZONE}'s DST edges against Intl (untimed)`);
const tzPerTicket = perInstantMismatches(
  tickets.map((t) => t.createdAt),
  TIME_ZONE,
);
const tzCellsDiffering = differingCells(tzOurs.result, tzPerTicket.intlMatrix);
const tzBlockCellsDiffering = differingCells(oursMatrix(block, TIME_ZONE), tzIntl.result);
const tzEdges = perInstantMismatches(dstEdgeInstants(), TIME_ZONE);
const tzExact =
  tzCellsDiffering === 0 &&
  tzBlockCellsDiffering === 0 &&
  tzPerTicket.mismatches === 0 &&
  tzEdges.mismatches === 0;
log();

// ── Verification ────────────────────────────────────────────────────────────────────────────
const checks: Check[] = [];
const handAll = results.all.hand as AllFigures;
const handNps = results.nps.hand as AllFigures['nps'];
const handCsat = results.csat.hand as AllFigures['csat'];
const handFrt = results.frt.hand as AllFigures['frt'];
const handMatrix = results.matrix.hand as AllFigures['matrix'];
checks.push(checkNps('hand loop one-pass', handAll.nps, handNps));
checks.push(checkCsat('hand loop one-pass', handAll.csat, handCsat));
checks.push(checkFrt('hand loop one-pass', handAll.frt, handFrt));
checks.push(checkMatrix('hand loop one-pass', handAll.matrix, handMatrix, tickets.length));
const WHO: Record<Exclude<Key, 'hand'>, string> = {
  ours: 'ours (accumulators)',
  oursBatch: 'ours (batch)',
  arquero: 'Arquero',
};
for (const key of ['ours', 'oursBatch', 'arquero'] as const) {
  const all = results.all[key] as AllFigures;
  for (const [suffix, figures] of [
    ['', null],
    [' one-pass', all],
  ] as const) {
    const who = `${WHO[key]}${suffix}`;
    checks.push(checkNps(who, figures?.nps ?? (results.nps[key] as AllFigures['nps']), handNps));
    checks.push(
      checkCsat(who, figures?.csat ?? (results.csat[key] as AllFigures['csat']), handCsat),
    );
    checks.push(checkFrt(who, figures?.frt ?? (results.frt[key] as AllFigures['frt']), handFrt));
    checks.push(
      checkMatrix(
        who,
        figures?.matrix ?? (results.matrix[key] as AllFigures['matrix']),
        handMatrix,
        tickets.length,
      ),
    );
  }
}
checks.push({
  name: `tz: our matrix = Intl-per-ticket matrix (all ${count(tickets.length)} tickets)`,
  ok: tzCellsDiffering === 0,
  detail: `${tzCellsDiffering} of 168 cells differ`,
});
checks.push({
  name: 'tz: on shuffled tickets our matrix = the Intl memo matrix',
  ok: differingCells(shuffledOurs.result, shuffledMemo.result) === 0,
  detail: `${differingCells(shuffledOurs.result, shuffledMemo.result)} of 168 cells differ`,
});
checks.push({
  name: `tz: hand loop's memoised matrix = Intl-per-ticket matrix (all tickets)`,
  ok: differingCells(handMatrix, tzPerTicket.intlMatrix) === 0,
  detail: `${differingCells(handMatrix, tzPerTicket.intlMatrix)} of 168 cells differ`,
});
checks.push({
  name: `tz: our matrix = the timed Intl run's matrix (${count(block.length)} tickets)`,
  ok: tzBlockCellsDiffering === 0,
  detail: `${tzBlockCellsDiffering} of 168 cells differ`,
});
checks.push({
  name: `tz: zoneClock loop matrix = our accumulator's`,
  ok: differingCells(tzEngine.result, tzOurs.result) === 0,
  detail: `${differingCells(tzEngine.result, tzOurs.result)} of 168 cells differ`,
});
checks.push({
  name: `tz: zoneClock.weekdayHour = Intl, per ticket`,
  ok: tzPerTicket.mismatches === 0,
  detail: `${tzPerTicket.mismatches} of ${count(tzPerTicket.checked)} instants differ${tzPerTicket.firstMismatch ? ` (first: ${tzPerTicket.firstMismatch})` : ''}`,
});
checks.push({
  name: `tz: zoneClock.weekdayHour = Intl around DST changes 1996–2037`,
  ok: tzEdges.mismatches === 0,
  detail: `${tzEdges.mismatches} of ${count(tzEdges.checked)} instants differ${tzEdges.firstMismatch ? ` (first: ${tzEdges.firstMismatch})` : ''}`,
});

// ── Report ──────────────────────────────────────────────────────────────────────────────────
const rows: string[][] = [];
const figures: Record<string, unknown>[] = [];
for (const { task, label } of TASKS) {
  const t = timings[task];
  const oursVsHand = t.ours.median / t.hand.median;
  const arqueroVsOurs = t.arquero.median / t.ours.median;
  const met = oursVsHand <= TARGET_VS_HAND && arqueroVsOurs >= TARGET_VS_ARQUERO;
  const why = [
    oursVsHand > TARGET_VS_HAND ? 'vs hand' : '',
    arqueroVsOurs < TARGET_VS_ARQUERO ? 'vs Arquero' : '',
  ]
    .filter(Boolean)
    .join(', ');
  rows.push([
    label,
    ms(t.ours.median),
    ms(t.hand.median),
    ms(t.arquero.median),
    ratio(oursVsHand),
    ratio(arqueroVsOurs),
    `≤${TARGET_VS_HAND}× hand, ≥${TARGET_VS_ARQUERO}× Arquero`,
    met ? 'yes' : `no (${why})`,
  ]);
  figures.push({ task, label, oursVsHand, arqueroVsOurs, met });
}
log(
  `Computation times (ms, median of ${RUNS}); ours = accumulators, one record at a time; ` +
    `Arquero excludes table construction`,
);
log(
  renderTable(
    [
      'computation',
      'ours ms',
      'hand loop ms',
      'arquero ms',
      'ours/hand',
      'arquero/ours',
      'target',
      'met?',
    ],
    rows,
  ),
);
const buildMs = tableBuild.timing.median;
log(
  `Arquero table construction (records → column arrays → tables), not included above: ` +
    `${ms(buildMs)} ms; with it, all four: arquero/ours = ` +
    ratio((timings.all.arquero.median + buildMs) / timings.all.ours.median),
);
log();

log(`Ours via the batch functions (nps, csat, firstResponseTime, weekdayHourMatrix):`);
log(
  renderTable(
    ['computation', 'batch ms', 'accumulators ms', 'batch/hand', 'arquero/batch'],
    TASKS.map(({ task, label }) => {
      const t = timings[task];
      return [
        task === 'all' ? 'all four (4 calls, 2 passes over tickets)' : label,
        ms(t.oursBatch.median),
        ms(t.ours.median),
        ratio(t.oursBatch.median / t.hand.median),
        ratio(t.arquero.median / t.oursBatch.median),
      ];
    }),
  ),
);
log();

/** ms per 1,000,000 tickets. */
const perMillion = (t: Timing, n: number) => (t.median / n) * 1e6;
const intlPerM = perMillion(tzIntl.timing, block.length);
const oursPerM = perMillion(tzOurs.timing, tickets.length);
const enginePerM = perMillion(tzEngine.timing, tickets.length);
const tzRatio = intlPerM / oursPerM;
const tzEngineRatio = intlPerM / enginePerM;
const tzMet = tzRatio >= TARGET_VS_INTL && tzExact;
log(
  `Time-zone bucketing (${TIME_ZONE}) into the 7×24 matrix, ms per ${count(1_000_000)} tickets` +
    (block.length === tickets.length
      ? ' (every contender on all tickets):'
      : `; ours timed on all ${count(tickets.length)}, Intl on tickets ${count(blockStart)}–` +
        `${count(blockStart + block.length - 1)} (${count(block.length)}) and scaled ` +
        `×${(1_000_000 / block.length).toFixed(0)}:`),
);
log(
  renderTable(
    ['bucketing', 'ms', 'Intl/this', 'target', 'met?'],
    [
      [
        'ours: createWeekdayHourAccumulator',
        ms(oursPerM),
        ratio(tzRatio),
        `≥${TARGET_VS_INTL}× and exact`,
        tzMet ? 'yes' : 'no',
      ],
      ['ours: zoneClock(tz).weekdayHour loop', ms(enginePerM), ratio(tzEngineRatio), '', ''],
      ['Intl.DateTimeFormat#formatToParts per ticket', ms(intlPerM), '1.00×', '', ''],
    ],
  ),
);
log(`Shuffled order (the same 1,000,000 tickets, seeded shuffle), ms:`);
log(
  renderTable(
    ['bucketing, shuffled', 'ms', 'ours/this', 'same matrix'],
    [
      ['ours: createWeekdayHourAccumulator', ms(shuffledOurs.timing.median), '1.00×', ''],
      [
        'hand-written Intl memo by UTC hour',
        ms(shuffledMemo.timing.median),
        ratio(shuffledOurs.timing.median / shuffledMemo.timing.median),
        differingCells(shuffledOurs.result, shuffledMemo.result) === 0 ? 'yes' : 'NO',
      ],
    ],
  ),
);
log(
  `exact: ${tzExact ? 'yes' : 'NO'} — ${tzCellsDiffering} of 168 cells differ from Intl per ticket ` +
    `(${tzBlockCellsDiffering} on the timed block); ` +
    `${tzPerTicket.mismatches} of ${count(tzPerTicket.checked)} tickets and ` +
    `${tzEdges.mismatches} of ${count(tzEdges.checked)} instants around DST changes 1996–2037 disagree with Intl`,
);
log();

const oursFrt = results.all.ours as AllFigures;
const frtErr = frtErrors(oursFrt.frt, handFrt);
const pct = (x: number) => `${(x * 100).toFixed(3)}%`;
log(
  `FRT (minutes, ${count(handFrt.n)} tickets with a first response): ours ${oursFrt.frt.quantileMethod} ` +
    `quantiles vs exact R-7 from the hand loop (documented bound ±${pct(SKETCH_BOUND)})`,
);
log(
  renderTable(
    ['quantile', 'ours', 'exact (hand)', 'Arquero', 'relative error'],
    [
      [
        'median',
        String(oursFrt.frt.median),
        String(handFrt.median),
        String((results.frt.arquero as AllFigures['frt']).median),
        pct(frtErr.median),
      ],
      [
        'p90',
        String(oursFrt.frt.p90),
        String(handFrt.p90),
        String((results.frt.arquero as AllFigures['frt']).p90),
        pct(frtErr.p90),
      ],
    ],
  ),
);
log();

const failed = checks.filter((c) => !c.ok);
log(
  `Agreement: ${checks.length - failed.length} of ${checks.length} checks pass` +
    (failed.length
      ? ' — MISMATCH:'
      : ' (NPS/CSAT counts identical, matrices identical, FRT within bound)'),
);
for (const c of checks)
  if (!c.ok || process.env.BENCH_VERBOSE) log(`  ${c.ok ? 'ok ' : 'BAD'} ${c.name}: ${c.detail}`);

// ── JSON ────────────────────────────────────────────────────────────────────────────────────
const outDir = join(here, 'results');
mkdirSync(outDir, { recursive: true });
const json = {
  generatedAt: new Date().toISOString(),
  environment,
  config: {
    tickets: TICKETS,
    surveys: SURVEYS,
    seed: SEED,
    timeZone: TIME_ZONE,
    runs: RUNS,
    dataSource: DATA_SOURCE,
    intlTimedTickets: block.length,
    targets: {
      oursVsHandMax: TARGET_VS_HAND,
      arqueroVsOursMin: TARGET_VS_ARQUERO,
      intlVsOursMin: TARGET_VS_INTL,
    },
  },
  dataset: {
    tickets: tickets.length,
    answered,
    surveys: surveys.length,
    surveysByKind: kindCounts,
  },
  timingsMs: { ...timings, arqueroTableBuild: tableBuild.timing },
  ratios: figures,
  timeZone: {
    intlTimedTickets: block.length,
    oursTimedTickets: tickets.length,
    oursMs: tzOurs.timing,
    engineMs: tzEngine.timing,
    intlMs: tzIntl.timing,
    msPerMillion: { ours: oursPerM, engine: enginePerM, intl: intlPerM },
    intlVsOurs: tzRatio,
    intlVsEngine: tzEngineRatio,
    exact: tzExact,
    cellsDiffering: tzCellsDiffering,
    perTicket: { ...tzPerTicket, intlMatrix: undefined },
    dstEdges: { ...tzEdges, intlMatrix: undefined },
    met: tzMet,
  },
  frt: { ours: oursFrt.frt, exact: handFrt, relativeError: frtErr, bound: SKETCH_BOUND },
  checks,
  ok: failed.length === 0,
};
writeFileSync(join(outDir, 'core.json'), `${JSON.stringify(json, null, 2)}\n`);
log(`wrote ${join('bench', 'results', 'core.json')}`);
step('done');

if (failed.length) process.exitCode = 1;
