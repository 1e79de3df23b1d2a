// Measures the drop-your-export worker once on a generated 1,000,000-row Zendesk export: the
// built app in headless Chromium, the file given to the page's file input, the worker's own
// clock (read → map → accumulate). Not a test: a figure for the README and the report.
//   npm run build -w @tablero/demo && npm run measure -w @tablero/demo [-- rows]
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { serve } from './serve.mjs';
import { launchChromium } from '../test/support/browser.js';

const rows = Number(process.argv[2] ?? 1_000_000);
const dir = await mkdtemp(join(tmpdir(), 'tablero-measure-'));
const file = join(dir, 'zendesk-1m.csv');

/** A seeded generator (mulberry32), so every run reads the same file. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function generate(): Promise<void> {
  const next = random(2026);
  const out = createWriteStream(file);
  const vias = ['Mail', 'Web form', 'Chat', 'Phone call (incoming)', 'WhatsApp', 'API'];
  const statuses = ['Solved', 'Closed', 'Open', 'Pending'];
  const priorities = ['Low', 'Normal', 'High', 'Urgent'];
  out.write(
    'Id,Created at,Status,Priority,Via,First reply time in minutes,First resolution time in minutes,Group,Assignee,Tags\n',
  );
  const start = Date.UTC(2025, 0, 1);
  const span = 365 * 86_400_000;
  let chunk = '';
  for (let i = 1; i <= rows; i++) {
    const created = new Date(start + Math.floor(next() * span)).toISOString();
    const status = statuses[Math.floor(next() * 4)]!;
    const frt = Math.floor(next() * 1500);
    const solved = status === 'Solved' || status === 'Closed';
    const rt = solved ? frt + Math.floor(next() * 5000) : '';
    chunk +=
      `${i},${created.slice(0, 10)} ${created.slice(11, 19)},${status},${priorities[Math.floor(next() * 4)]},` +
      `${vias[Math.floor(next() * vias.length)]},${frt},${rt},Soporte,Agente ${i % 40},"tag-a tag-b"\n`;
    if (i % 10_000 === 0) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

await generate();
const size = (await stat(file)).size;
const server = await serve();
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => customElements.get('nps-gauge'));
  // The page must stay responsive: count main-thread frames while the worker reads.
  // (A string, not a function: tsx would wrap a named inner function in a helper the page lacks.)
  await page.evaluate(`
    window.frames_ = 0;
    window.longest_ = 0;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      window.longest_ = Math.max(window.longest_, now - last);
      last = now;
      window.frames_++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  `);
  await page.setInputFiles('#file-input', file);
  await page.waitForSelector('#progress-text[data-rows]', { timeout: 600_000 });
  const result = await page.evaluate(() => {
    const el = document.getElementById('progress-text')!;
    const w = window as unknown as { frames_: number; longest_: number };
    return {
      rows: Number(el.dataset.rows),
      ms: Number(el.dataset.ms),
      frames: w.frames_,
      longestFrameMs: Math.round(w.longest_),
    };
  });
  // The peer, in the same browser on the same File: papaparse, parse only (no mapping, no
  // validation, no KPIs), streaming in chunks on the main thread, rows counted in `step`.
  const papaSource = await readFile(createRequire(import.meta.url).resolve('papaparse'), 'utf8');
  await page.addScriptTag({ content: papaSource });
  await page.evaluate(`
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'peer-input';
    document.body.append(input);
  `);
  await page.setInputFiles('#peer-input', file);
  const peer = (await page.evaluate(`new Promise((done) => {
    const file = document.getElementById('peer-input').files[0];
    let rows = 0;
    const started = performance.now();
    Papa.parse(file, {
      header: true,
      skipEmptyLines: true,
      step: () => { rows++; },
      complete: () => done({ rows, ms: performance.now() - started }),
    });
  })`)) as { rows: number; ms: number };

  const seconds = result.ms / 1000;
  const peerSeconds = peer.ms / 1000;
  console.log(
    JSON.stringify(
      {
        file: `${rows} rows, ${(size / 1e6).toFixed(1)} MB (Zendesk export shape)`,
        tablero: {
          what: 'demo worker: adapter-csv stream → map → core accumulators (FRT, RT, volume, heatmap) per month',
          rowsRead: result.rows,
          seconds: Number(seconds.toFixed(2)),
          rowsPerSecond: Math.round(result.rows / seconds),
          megabytesPerSecond: Number((size / 1e6 / seconds).toFixed(1)),
          mainThreadFrames: result.frames,
          longestMainThreadFrameMs: result.longestFrameMs,
        },
        papaparse: {
          what: 'papaparse 5 parse only (header: true, step), main thread, same File',
          rowsRead: peer.rows,
          seconds: Number(peerSeconds.toFixed(2)),
          rowsPerSecond: Math.round(peer.rows / peerSeconds),
        },
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
