import type { IngestMessage } from '../ingest/worker-protocol.js';
import { t, type Lang } from '../i18n/strings.js';
import { formatCount } from './format.js';
import { h } from './h.js';

type Done = Extract<IngestMessage, { type: 'done' }>;

/** Row errors: the first ones with file, line, column and message; then a count per reason. */
export function renderErrors(host: HTMLElement, lang: Lang, done: Done): void {
  const rows = done.files.reduce((sum, f) => sum + f.rejectedRows, 0);
  const refused = done.buckets.refused;
  if (done.rejectionCount === 0 && refused.length === 0) {
    host.replaceChildren(h('p', { class: 'ok', id: 'no-errors' }, t(lang, 'noErrors')));
    return;
  }
  const list = h('ol', { class: 'error-list', id: 'error-list' });
  for (const r of done.rejections) {
    list.append(
      h(
        'li',
        { 'data-line': String(r.line ?? ''), 'data-reason': r.reason },
        h('span', { class: 'where' }, `${r.file} · ${t(lang, 'line', { line: r.line ?? '—' })}`),
        r.column ? h('code', {}, r.column) : null,
        h('span', { class: 'reason' }, r.reason),
        h('span', { class: 'message' }, r.message),
      ),
    );
  }
  const reasons = h('dl', { class: 'by-reason', id: 'by-reason' });
  for (const [reason, count] of Object.entries(done.byReason).sort((a, b) => b[1] - a[1])) {
    reasons.append(
      h('dt', {}, reason),
      h('dd', { 'data-reason': reason }, formatCount(lang, count)),
    );
  }
  host.replaceChildren(
    h('h3', {}, t(lang, 'errorsTitle')),
    h(
      'p',
      { id: 'error-summary' },
      t(lang, 'errorsSummary', {
        count: formatCount(lang, done.rejectionCount),
        rows: formatCount(lang, rows),
      }),
    ),
    h('p', {}, t(lang, 'errorsFirst', { n: done.rejections.length })),
    list,
    h('h4', {}, t(lang, 'errorsByReason')),
    reasons,
  );
  if (refused.length) {
    host.append(h('p', { class: 'refused' }, t(lang, 'refused', { count: refused.length })));
  }
}
