/**
 * `npm run bench` (after the core bench): CSV ingest — parse, validate and map to `Ticket` — of
 * a generated 1,000,000-row Zendesk-style export, beside papaparse and d3-dsv parsing alone
 * (rows as string arrays, no mapping) on the same file in the same run. Each run of each
 * contender is its own child process, so its peak resident memory (`maxRSS`) is its own;
 * runs are interleaved in rotating order; medians reported. Ours streams the file through
 * `fileSource` (64 KiB reads, four in flight); papaparse streams a Node read stream (1 MiB
 * chunks); d3-dsv has no streaming API and parses the whole file as one string. A missed target is reported, not fatal; disagreeing row counts exit non-zero.
 *
 * Then ours alone on the same rows repeated 4× (about 1 GB) to show that memory stays flat.
 *
 * Environment knobs: BENCH_CSV_ROWS (default 1,000,000), BENCH_CSV_RUNS (default 3),
 * BENCH_CSV_LARGE_COPIES (default 4; 0 skips the large file).
 */
import { execFileSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { once } from 'node:events';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSV_CONTENDERS, type CsvContender, type CsvRun } from './lib/csv-run.js';
import { CSV_HEADER, writeZendeskExport } from './lib/csv-export-file.js';
import { count, ms, ratio, renderTable } from './lib/report.js';

const ROWS = Number(process.env.BENCH_CSV_ROWS ?? 1_000_000) || 1_000_000;
const RUNS = Math.max(1, Number(process.env.BENCH_CSV_RUNS ?? 3) || 3);
const SEED = 20_240_601;
const TIME_ZONE = 'Europe/Madrid';
const MEMORY_TARGET = 2; // × file size
/** Copies of the rows in the large-file memory check (4 ≈ 1 GB); 0 skips it. */
const LARGE_COPIES = Math.max(0, Number(process.env.BENCH_CSV_LARGE_COPIES ?? 4) || 0);

/** Median of a few runs (lib/timing.ts needs --expose-gc, which these child-process timings do not). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const here = dirname(fileURLToPath(import.meta.url));
const log = (line = '') => process.stdout.write(`${line}\n`);
const started = process.hrtime.bigint();
const step = (what: string) =>
  log(`[${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(0).padStart(4)} s] ${what} …`);

log('Tablero CSV adapter benchmark');
log(
  `${cpus().length} CPUs; load average at start ${loadavg()[0]!.toFixed(1)} (wall times are only comparable within one run)`,
);
log(
  `node ${process.version}; ${RUNS} runs per contender, each in a fresh child process, ` +
    `interleaved in rotating order; median time, largest maxRSS reported.`,
);
log();

const dir = mkdtempSync(join(tmpdir(), 'tablero-csv-bench-'));
const file = join(dir, 'zendesk-export.csv');
try {
  step(`writing a ${count(ROWS)}-row Zendesk-style export (untimed)`);
  const expected = await writeZendeskExport(file, { rows: ROWS, seed: SEED, timeZone: TIME_ZONE });
  const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
  log(`file: ${file}, ${mib(expected.bytes)} (${count(expected.bytes)} bytes), 24 columns, CRLF`);
  log();

  const runner = join(here, 'lib', 'csv-contenders.ts');
  const runOnce = (contender: CsvContender): CsvRun => runOnceOn(contender, file);
  const runOnceOn = (contender: CsvContender, path: string): CsvRun => {
    const out = execFileSync(
      process.execPath,
      // The workspace's TypeScript sources (the `@tablero/source` condition), as tests use them:
      // no stale build can be measured by mistake.
      ['--conditions=@tablero/source', '--import', 'tsx', runner, contender, path, TIME_ZONE],
      { cwd: here, encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    return JSON.parse(out.trim().split('\n').pop()!) as CsvRun;
  };

  const runs = new Map<CsvContender, CsvRun[]>(CSV_CONTENDERS.map((c) => [c, []]));
  for (let round = 0; round < RUNS; round++) {
    for (let i = 0; i < CSV_CONTENDERS.length; i++) {
      const contender = CSV_CONTENDERS[(i + round) % CSV_CONTENDERS.length]!;
      step(`round ${round + 1}/${RUNS}: ${contender}`);
      runs.get(contender)!.push(runOnce(contender));
    }
  }

  const summary = (c: CsvContender) => {
    const list = runs.get(c)!;
    return {
      ms: median(list.map((r) => r.ms)),
      cpuMs: median(list.map((r) => r.cpuMs)),
      maxRss: Math.max(...list.map((r) => r.maxRssBytes)),
      last: list[list.length - 1]!,
    };
  };
  const baseline = summary('baseline');
  const papa = summary('papaparse');
  const LABELS: Record<CsvContender, string> = {
    ours: 'ours: parse + map + validate → Ticket (stream)',
    oursSchema: 'ours, also zod TicketSchema per record (stream)',
    oursParse: 'ours: parse only, rows of strings (stream)',
    papaparse: 'papaparse 5: parse only (Node stream)',
    papaparseString: 'papaparse 5: parse only (whole file as a string)',
    d3dsv: 'd3-dsv 3: csvParseRows (whole file as a string)',
    baseline: 'baseline: node + tsx + modules, no work',
  };
  const rows: string[][] = [];
  const figures: Record<string, unknown> = {};
  for (const c of CSV_CONTENDERS) {
    const s = summary(c);
    const rowsPerSecond = c === 'baseline' ? NaN : (s.last.rows / s.ms) * 1000;
    const overBaseline = s.maxRss - baseline.maxRss;
    rows.push([
      LABELS[c],
      c === 'baseline' ? '—' : ms(s.ms),
      c === 'baseline' ? '—' : ms(s.cpuMs),
      c === 'baseline' ? '—' : count(Math.round(rowsPerSecond)),
      c === 'baseline' ? '—' : ratio(papa.ms / s.ms),
      c === 'baseline' ? '—' : ratio(papa.cpuMs / s.cpuMs),
      mib(s.maxRss),
      c === 'baseline' ? '—' : ratio(s.maxRss / expected.bytes),
      c === 'baseline' ? '—' : mib(Math.max(0, overBaseline)),
    ]);
    figures[c] = {
      medianMs: s.ms,
      runsMs: runs.get(c)!.map((r) => r.ms),
      rowsPerSecond,
      maxRssBytes: s.maxRss,
      rows: s.last.rows,
      rejected: s.last.rejected,
    };
  }
  log(`CSV ingest of ${count(ROWS)} rows (${mib(expected.bytes)}); time = median of ${RUNS}`);
  log(
    renderTable(
      [
        'contender',
        'wall ms',
        'CPU ms',
        'rows/s (wall)',
        'vs papaparse stream (wall)',
        'vs papaparse stream (CPU)',
        'peak RSS',
        'RSS / file',
        'RSS over baseline',
      ],
      rows,
    ),
  );

  // ── Targets and agreement ─────────────────────────────────────────────────────────────────
  const ours = summary('ours');
  const speedMet = ours.ms <= papa.ms;
  const loadAverage = loadavg()[0]!;
  const memoryMet = ours.maxRss < MEMORY_TARGET * expected.bytes;
  log();
  log(
    `target: full ingest at least as fast as papaparse's bare parse — ${speedMet ? 'met' : 'NOT met'} ` +
      `(wall: ours ${ms(ours.ms)} ms vs papaparse ${ms(papa.ms)} ms, ${ratio(papa.ms / ours.ms)}; ` +
      `CPU: ${ms(ours.cpuMs)} vs ${ms(papa.cpuMs)} ms, ${ratio(papa.cpuMs / ours.cpuMs)})`,
  );
  log(
    `target: peak memory under ${MEMORY_TARGET}× the file size in streaming mode — ${memoryMet ? 'met' : 'NOT met'} ` +
      `(ours ${mib(ours.maxRss)} peak RSS, whole process, for a ${mib(expected.bytes)} file)`,
  );
  const checks = [
    {
      name: 'ours mapped every row, none rejected',
      ok: ours.last.rows === ROWS && ours.last.rejected === 0,
      detail: `${ours.last.rows} mapped, ${ours.last.rejected} rejected`,
    },
    {
      name: 'ours (schema) mapped every row',
      ok: summary('oursSchema').last.rows === ROWS && summary('oursSchema').last.rejected === 0,
      detail: `${summary('oursSchema').last.rows}`,
    },
    {
      name: 'ours parse-only row count',
      ok: summary('oursParse').last.rows === ROWS,
      detail: `${summary('oursParse').last.rows}`,
    },
    {
      name: 'papaparse row count',
      ok: papa.last.rows === ROWS && papa.last.rejected === 0,
      detail: `${papa.last.rows} rows, ${papa.last.rejected} errors`,
    },
    {
      name: 'papaparse (string) row count',
      ok: summary('papaparseString').last.rows === ROWS,
      detail: `${summary('papaparseString').last.rows} rows, ${summary('papaparseString').last.rejected} errors`,
    },
    {
      name: 'd3-dsv row count',
      ok: summary('d3dsv').last.rows === ROWS,
      detail: `${summary('d3dsv').last.rows}`,
    },
    {
      name: 'first reply: same tickets and same minutes as written',
      ok:
        ours.last.withFirstReply === expected.withFirstReply &&
        ours.last.firstReplyMinutes === expected.firstReplyMinutes,
      detail: `${ours.last.withFirstReply}/${expected.withFirstReply} tickets, ${ours.last.firstReplyMinutes}/${expected.firstReplyMinutes} minutes`,
    },
  ];
  // Wall times in the repeated hour of the autumn DST change are ambiguous without an offset;
  // the reader takes the earlier instant, so those tickets come back exactly one hour early.
  const createdDiff = (expected.createdSeconds - (ours.last.createdSeconds ?? 0)) / 3600;
  checks.push({
    name: 'createdAt: equal to the generated instants except the DST-repeated hour',
    ok: Number.isInteger(createdDiff) && createdDiff >= 0 && createdDiff < ROWS / 1000,
    detail: `${createdDiff} ticket(s) in the repeated hour read one hour early (ambiguous wall time)`,
  });

  // ── Flat memory on a large file ───────────────────────────────────────────────────────────
  // The same export's rows written LARGE_COPIES times after one header (about 1 GB), read once
  // by ours: peak memory must not grow with the file.
  let large: { bytes: number; rows: number; ms: number; cpuMs: number; maxRss: number } | null =
    null;
  if (LARGE_COPIES > 0) {
    const largeFile = join(dir, 'zendesk-export-large.csv');
    step(`writing the rows ${LARGE_COPIES}× after one header (untimed)`);
    const headerBytes = Buffer.byteLength(`${CSV_HEADER.join(',')}\r\n`);
    const out = createWriteStream(largeFile);
    out.write(`${CSV_HEADER.join(',')}\r\n`);
    for (let copy = 0; copy < LARGE_COPIES; copy++) {
      for await (const chunk of createReadStream(file, { start: headerBytes })) {
        if (!out.write(chunk)) await once(out, 'drain');
      }
    }
    out.end();
    await once(out, 'finish');
    const bytes = statSync(largeFile).size;
    step(`ours on ${mib(bytes)}, one run`);
    const run = runOnceOn('ours', largeFile);
    rmSync(largeFile, { force: true });
    large = { bytes, rows: run.rows, ms: run.ms, cpuMs: run.cpuMs, maxRss: run.maxRssBytes };
    log(
      `large file: ${mib(bytes)}, ${count(run.rows)} rows in ${ms(run.ms)} ms (CPU ${ms(run.cpuMs)} ms); ` +
        `peak RSS ${mib(run.maxRssBytes)} = ${ratio(run.maxRssBytes / bytes)} the file ` +
        `(vs ${mib(ours.maxRss)} on the ${mib(expected.bytes)} file: flat if about the same)`,
    );
    checks.push({
      name: `large file: every row mapped, memory flat (peak RSS < ${MEMORY_TARGET}× file and < 1.5× the 1M-row run's)`,
      ok:
        run.rows === ROWS * LARGE_COPIES &&
        run.maxRssBytes < MEMORY_TARGET * bytes &&
        run.maxRssBytes < 1.5 * ours.maxRss,
      detail: `${count(run.rows)} rows, ${mib(run.maxRssBytes)} peak RSS`,
    });
  }

  log();
  const failed = checks.filter((c) => !c.ok);
  log(`Agreement: ${checks.length - failed.length} of ${checks.length} checks pass`);
  for (const c of checks) log(`  ${c.ok ? 'ok ' : 'BAD'} ${c.name}: ${c.detail}`);

  const outDir = join(here, 'results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, 'csv.json'),
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        node: process.version,
        config: {
          rows: ROWS,
          runs: RUNS,
          seed: SEED,
          timeZone: TIME_ZONE,
          fileBytes: expected.bytes,
        },
        figures,
        targets: { speedMet, memoryMet, memoryTargetTimesFile: MEMORY_TARGET },
        loadAverageAtEnd: loadAverage,
        large,
        checks,
        ok: failed.length === 0,
      },
      null,
      2,
    )}\n`,
  );
  log(`wrote ${join('bench', 'results', 'csv.json')}`);
  step('done');
  if (failed.length) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
