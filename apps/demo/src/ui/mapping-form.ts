import type { CsvMappingInput } from '@tablero/adapter-csv';
import { t, type Lang, type StringKey } from '../i18n/strings.js';
import { h } from './h.js';

const FIELDS = {
  ticket: {
    required: ['id', 'createdAt', 'status'],
    optional: ['firstResponseAt', 'resolvedAt', 'channel'],
  },
  'survey-response': { required: ['id', 'kind', 'score', 'answeredAt'], optional: [] },
} as const;
type Kind = keyof typeof FIELDS;

/** The column whose normalised name contains the field's words: a starting guess, never final. */
function guessColumn(columns: string[], field: string): string {
  const words: Record<string, string[]> = {
    id: ['id', 'ref', 'ticket', 'caso', 'numero'],
    createdAt: ['creat', 'alta', 'fecha', 'date', 'opened'],
    status: ['status', 'estado', 'state', 'situac'],
    firstResponseAt: ['first', 'primera', 'respuesta', 'reply'],
    resolvedAt: ['resol', 'solved', 'cerrado', 'closed'],
    channel: ['channel', 'canal', 'via', 'source'],
    kind: ['kind', 'type', 'tipo', 'survey'],
    score: ['score', 'rating', 'nota', 'puntu'],
    answeredAt: ['answer', 'date', 'fecha', 'submitted'],
  };
  const lower = columns.map((c) => c.toLowerCase());
  const i = lower.findIndex((c) => (words[field] ?? []).some((w) => c.includes(w)));
  return i >= 0 ? columns[i]! : '';
}

/**
 * The column-mapping step, for a file no preset fits: one select per core field listing the
 * file's columns. Resolves with a mapping (plain JSON, as the adapter takes it) or null on cancel.
 */
export function askMapping(
  host: HTMLElement,
  lang: Lang,
  fileName: string,
  columns: string[],
): Promise<CsvMappingInput | null> {
  return new Promise((resolve) => {
    const form = h('form', { class: 'mapping-form', id: 'mapping-form' });
    const kindSelect = h(
      'select',
      { id: 'mapping-kind', name: 'kind' },
      h('option', { value: 'ticket' }, t(lang, 'kind.ticket')),
      h('option', { value: 'survey-response' }, t(lang, 'kind.survey-response')),
    );
    const dateInput = h('input', {
      id: 'mapping-date-format',
      name: 'dateFormat',
      value: 'iso',
      list: 'date-formats',
    });
    const dateList = h(
      'datalist',
      { id: 'date-formats' },
      ...['iso', 'dd/MM/yyyy HH:mm', 'dd/MM/yyyy', 'MM/dd/yyyy h:mm a', 'yyyy-MM-dd HH:mm:ss'].map(
        (v) => h('option', { value: v }),
      ),
    );
    const fieldset = h('fieldset', { class: 'mapping-fields' });
    const drawFields = () => {
      const kind = kindSelect.value as Kind;
      const { required, optional } = FIELDS[kind];
      fieldset.replaceChildren(
        ...[...required, ...optional].map((field) => {
          const isRequired = (required as readonly string[]).includes(field);
          const select = h(
            'select',
            { id: `map-${field}`, name: field, ...(isRequired ? { required: '' } : {}) },
            h('option', { value: '' }, t(lang, 'mappingNone')),
            ...columns.map((c) => h('option', { value: c }, c)),
          );
          select.value = guessColumn(columns, field);
          return h(
            'label',
            {},
            h(
              'span',
              {},
              t(lang, `field.${field}` as StringKey),
              isRequired ? h('small', {}, ` (${t(lang, 'required')})`) : null,
            ),
            select,
          );
        }),
      );
    };
    kindSelect.addEventListener('change', drawFields);
    drawFields();
    const cancel = h('button', { type: 'button', class: 'link' }, t(lang, 'cancel'));
    form.append(
      h('h3', {}, t(lang, 'mappingTitle', { file: fileName })),
      h('p', {}, t(lang, 'mappingHint')),
      h('label', {}, h('span', {}, t(lang, 'mappingKind')), kindSelect),
      fieldset,
      h('label', {}, h('span', {}, t(lang, 'dateFormat')), dateInput),
      dateList,
      h(
        'div',
        { class: 'form-actions' },
        h('button', { type: 'submit', class: 'button' }, t(lang, 'apply')),
        cancel,
      ),
    );
    const finish = (mapping: CsvMappingInput | null) => {
      host.replaceChildren();
      resolve(mapping);
    };
    cancel.addEventListener('click', () => finish(null));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const kind = kindSelect.value as Kind;
      const fields: Record<string, { column: string }> = {};
      for (const select of fieldset.querySelectorAll('select')) {
        if (select.value) fields[select.name] = { column: select.value };
      }
      finish({
        version: 1,
        name: fileName,
        kind,
        dateFormat: dateInput.value.trim() || 'iso',
        fields,
      });
    });
    host.replaceChildren(form);
    kindSelect.focus();
  });
}
