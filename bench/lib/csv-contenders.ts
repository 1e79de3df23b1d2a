/**
 * One CSV contender per child process, so that each one's peak memory (`maxRSS`) is its own:
 * `node --import tsx lib/csv-contenders.ts <contender> <file> <timeZone>` prints one JSON line.
 * Module loading is outside the timed region; opening and reading the file is inside it.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import Papa from 'papaparse';
import { createCsvAdapter, readRows } from '@tablero/adapter-csv';
import { fileSource } from '@tablero/adapter-csv/node';
import type { CsvContender, CsvRun } from './csv-run.js';

async function ours(file: string, timeZone: string, validate: 'mapper' | 'schema') {
  const adapter = createCsvAdapter({
    input: await fileSource(file),
    preset: 'zendesk',
    timeZone,
    validate,
  });
  let rows = 0;
  let rejected = 0;
  let withFirstReply = 0;
  let firstReplyMinutes = 0;
  let createdSeconds = 0;
  for await (const batch of adapter.sync()) {
    rejected += batch.rejected.length;
    for (const r of batch.records) {
      if (r.kind !== 'ticket') continue;
      rows++;
      const t = r.record;
      createdSeconds += Math.floor(t.createdAt / 1000);
      if (t.firstResponseAt != null) {
        withFirstReply++;
        firstReplyMinutes += Math.round((t.firstResponseAt - t.createdAt) / 60_000);
      }
    }
  }
  return { rows, rejected, withFirstReply, firstReplyMinutes, createdSeconds };
}

async function oursParse(file: string) {
  let rows = 0;
  for await (const group of readRows(await fileSource(file), { delimiter: ',' })) {
    rows += group.rows.length;
  }
  return { rows: rows - 1, rejected: 0 };
}

function papaparse(file: string): Promise<{ rows: number; rejected: number }> {
  return new Promise((resolve, reject) => {
    let rows = 0;
    let errors = 0;
    Papa.parse(createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), {
      delimiter: ',',
      chunk(results) {
        rows += results.data.length;
        errors += results.errors.length;
      },
      complete: () => resolve({ rows: rows - 1, rejected: errors }),
      error: reject,
    });
  });
}

/** Papaparse's fastest path: the whole file in memory, no stream plumbing. */
function papaparseString(file: string) {
  const result = Papa.parse<string[]>(readFileSync(file, 'utf8'), { delimiter: ',' });
  // The final CRLF leaves one empty row that the other contenders do not count.
  const last = result.data.at(-1);
  const trailing = last?.length === 1 && last[0] === '' ? 1 : 0;
  return { rows: result.data.length - 1 - trailing, rejected: result.errors.length };
}

function d3dsv(file: string) {
  const rows = csvParseRows(readFileSync(file, 'utf8'));
  return { rows: rows.length - 1, rejected: 0 };
}

async function main() {
  const [contender, file, timeZone = 'Europe/Madrid'] = process.argv.slice(2) as [
    CsvContender,
    string,
    string?,
  ];
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  let result: Omit<CsvRun, 'contender' | 'ms' | 'cpuMs' | 'maxRssBytes'>;
  switch (contender) {
    case 'ours':
      result = await ours(file, timeZone, 'mapper');
      break;
    case 'oursSchema':
      result = await ours(file, timeZone, 'schema');
      break;
    case 'oursParse':
      result = await oursParse(file);
      break;
    case 'papaparse':
      result = await papaparse(file);
      break;
    case 'papaparseString':
      result = papaparseString(file);
      break;
    case 'd3dsv':
      result = d3dsv(file);
      break;
    case 'baseline':
      result = { rows: 0, rejected: 0 };
      break;
    default:
      throw new Error(`unknown contender ${String(contender)}`);
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  const run: CsvRun = {
    contender,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    ...result,
    // maxRSS is in kilobytes (KiB) on Linux and macOS.
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  await main();
}
