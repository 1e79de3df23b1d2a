/// <reference lib="webworker" />
// The drop-your-export worker: streams each File through the CSV adapter and feeds core
// accumulators month by month, so a million rows never block the page. Nothing is sent anywhere:
// the only output is postMessage to the page that started it.
import { createCsvAdapter } from '@tablero/adapter-csv';
import { MonthBuckets } from './month-buckets.js';
import type { IngestMessage, IngestRequest, Rejection } from './worker-protocol.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: IngestMessage) => scope.postMessage(message);
const PROGRESS_EVERY_MS = 100;

scope.addEventListener('message', (event: MessageEvent<IngestRequest>) => {
  if (event.data?.type === 'ingest') void ingest(event.data);
});

async function ingest(request: IngestRequest): Promise<void> {
  const started = performance.now();
  const buckets = new MonthBuckets(request.timeZone);
  const rejections: (Rejection & { file: string })[] = [];
  const byReason: Record<string, number> = {};
  let rejectionCount = 0;
  let rows = 0;
  const files = [];
  const totalBytes = request.jobs.reduce((sum, job) => sum + job.file.size, 0);
  let doneBytes = 0;
  for (const job of request.jobs) {
    const name = job.file.name;
    try {
      const adapter = createCsvAdapter({
        input: job.file,
        ...(job.mapping ? { mapping: job.mapping } : { preset: job.preset ?? 'generic-ticket' }),
        timeZone: request.fileTimeZone,
      });
      let lastPost = 0;
      let fileBytes = 0;
      const progress = () => {
        const now = performance.now();
        if (now - lastPost < PROGRESS_EVERY_MS) return;
        lastPost = now;
        post({
          type: 'progress',
          bytes: doneBytes + fileBytes,
          totalBytes,
          rows: rows + adapter.summary.rowsRead,
          file: name,
        });
      };
      for await (const batch of adapter.sync({
        onProgress: (e) => {
          if (e.type === 'bytes') {
            fileBytes = e.bytes;
            progress();
          }
        },
      })) {
        for (const { kind, record } of batch.records) {
          if (kind === 'ticket') buckets.addTicket(record);
          else if (kind === 'survey-response') buckets.addSurvey(record);
        }
        for (const r of batch.rejected) {
          rejectionCount++;
          byReason[r.reason] = (byReason[r.reason] ?? 0) + 1;
          if (rejections.length < request.keepRejections) rejections.push({ ...r, file: name });
        }
      }
      const s = adapter.summary;
      rows += s.rowsRead;
      doneBytes += job.file.size;
      files.push({
        name,
        preset: job.mapping ? (job.mapping.name ?? 'mapping') : (job.preset ?? 'generic-ticket'),
        rowsRead: s.rowsRead,
        mapped: s.mapped,
        rejectedRows: s.rejectedRows,
      });
    } catch (error) {
      post({ type: 'failed', file: name, message: (error as Error).message });
      return;
    }
  }
  post({
    type: 'done',
    buckets: buckets.toJSON(),
    files,
    rejections,
    byReason,
    rejectionCount,
    rows,
    ms: performance.now() - started,
  });
}
