import type { Dashboard } from '../dashboard.js';
import { guessPreset, readHeader } from '../ingest/detect-preset.js';
import type { IngestJob, IngestMessage, IngestRequest } from '../ingest/worker-protocol.js';
import { t } from '../i18n/strings.js';
import { DEFAULT_TIME_ZONE, TIME_ZONES } from '../time-zones.js';
import { renderErrors } from './error-list.js';
import { formatCount } from './format.js';
import { h } from './h.js';
import { askMapping } from './mapping-form.js';

/** Rejections listed one by one; the rest are counted by reason. */
const LISTED_REJECTIONS = 50;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/**
 * "Drop your export here": file input and drop zone, preset detection with a mapping step,
 * then the worker. Only `postMessage` carries the file, to our own worker; no network request.
 */
export class DropPanel {
  readonly #dashboard: Dashboard;
  #worker: Worker | null = null;
  #jobs: IngestJob[] = [];
  #report: Extract<IngestMessage, { type: 'done' }> | null = null;

  constructor(dashboard: Dashboard) {
    this.#dashboard = dashboard;
  }

  init(): void {
    const zone = $('drop-zone');
    const input = $<HTMLInputElement>('file-input');
    const fileZone = $<HTMLSelectElement>('file-time-zone');
    fileZone.replaceChildren(...TIME_ZONES.map((z) => h('option', { value: z }, z)));
    fileZone.value = DEFAULT_TIME_ZONE;
    input.addEventListener('change', () => {
      if (input.files?.length) void this.read([...input.files]);
      input.value = '';
    });
    zone.addEventListener('dragover', (event) => {
      event.preventDefault();
      zone.classList.add('over');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      zone.classList.remove('over');
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length) void this.read(files);
    });
    $('back-to-sample').addEventListener('click', () => {
      this.#jobs = [];
      this.#report = null;
      $('import-status').replaceChildren();
      $('errors').replaceChildren();
      $('progress-row').hidden = true;
      this.#dashboard.show({ kind: 'sample' });
    });
    this.#dashboard.onZoneChangeWithFile = () => this.#run();
    this.#dashboard.afterRender.push(() => {
      if (this.#report) renderErrors($('errors'), this.#dashboard.lang, this.#report);
    });
  }

  /** The elements' own loading state while the worker reads (they keep their last data). */
  #setLoading(on: boolean): void {
    for (const el of document.querySelectorAll(
      'nps-gauge, csat-card, churn-trend, ticket-heatmap',
    )) {
      el.toggleAttribute('loading', on);
    }
  }

  /** Detects each file's format from its header, asking for a mapping when none fits, then ingests. */
  async read(files: File[]): Promise<void> {
    const lang = this.#dashboard.lang;
    const status = $('import-status');
    status.replaceChildren();
    $('errors').replaceChildren();
    const jobs: IngestJob[] = [];
    for (const file of files) {
      const guess = guessPreset(await readHeader(file));
      if (guess.preset) {
        status.append(h('li', {}, t(lang, 'detected', { file: file.name, preset: guess.preset })));
        jobs.push({ file, preset: guess.preset });
        continue;
      }
      const mapping = await askMapping($('mapping'), lang, file.name, guess.columns);
      if (mapping) jobs.push({ file, mapping });
    }
    if (!jobs.length) return;
    this.#jobs = jobs;
    this.#run();
  }

  #run(): void {
    const lang = this.#dashboard.lang;
    this.#worker?.terminate();
    const worker = new Worker(new URL('../ingest/ingest.worker.ts', import.meta.url), {
      type: 'module',
    });
    this.#worker = worker;
    const progress = $<HTMLProgressElement>('progress');
    const text = $('progress-text');
    $('progress-row').hidden = false;
    progress.value = 0;
    delete text.dataset.rows;
    delete text.dataset.ms;
    text.textContent = t(lang, 'reading', { file: this.#jobs[0]!.file.name });
    $('import').setAttribute('aria-busy', 'true');
    this.#setLoading(true);
    worker.addEventListener('message', (event: MessageEvent<IngestMessage>) => {
      const message = event.data;
      const lang = this.#dashboard.lang;
      if (message.type === 'progress') {
        progress.value = message.totalBytes ? message.bytes / message.totalBytes : 0;
        text.textContent = `${t(lang, 'reading', { file: message.file })} ${t(lang, 'rowsRead', { rows: formatCount(lang, message.rows) })}`;
        return;
      }
      $('import').removeAttribute('aria-busy');
      this.#setLoading(false);
      worker.terminate();
      if (message.type === 'failed') {
        text.textContent = t(lang, 'failed', { file: message.file, message: message.message });
        return;
      }
      progress.value = 1;
      const seconds = message.ms / 1000;
      text.textContent = t(lang, 'done', {
        rows: formatCount(lang, message.rows),
        seconds: seconds.toFixed(1),
        rate: formatCount(lang, Math.round(message.rows / Math.max(seconds, 0.001))),
      });
      text.dataset.rows = String(message.rows);
      text.dataset.ms = String(Math.round(message.ms));
      this.#report = message;
      this.#dashboard.show({
        kind: 'file',
        buckets: message.buckets,
        names: message.files.map((f) => f.name),
      });
    });
    const request: IngestRequest = {
      type: 'ingest',
      jobs: this.#jobs,
      fileTimeZone: $<HTMLSelectElement>('file-time-zone').value,
      timeZone: this.#dashboard.timeZone,
      keepRejections: LISTED_REJECTIONS,
    };
    worker.postMessage(request);
  }
}
