import type { TemplateResult } from 'lit';
import type { AttributeIssue } from './attribute-check.js';
import { commonStrings, type Lang } from './i18n.js';
import { renderState } from './states.js';

/** The part of an element model union that decides which state panel, if any, to show. */
export type StateModel =
  | { state: 'ready' }
  | { state: 'empty' }
  | { state: 'invalid'; issues: readonly AttributeIssue[] }
  | { state: 'error'; message: string };

/**
 * The state panel an element shows instead of its chart, by the precedence every element
 * follows (CONTRIBUTING-COMPONENTS.md step 4): `loading` → the host's `error` → the model's
 * error → invalid (naming the attributes) → empty. `null` when the chart should be drawn.
 */
export function renderModelState(
  host: { loading: boolean; error: string | null },
  model: StateModel,
  lang: Lang,
  emptyTitle: string,
): TemplateResult | null {
  const common = commonStrings(lang);
  if (host.loading) return renderState('loading', common.loading);
  if (host.error) return renderState('error', common.error, host.error);
  switch (model.state) {
    case 'error':
      return renderState('error', common.error, model.message);
    case 'invalid': {
      const names = [...new Set(model.issues.map((i) => `“${i.attribute}”`))].join(', ');
      return renderState('invalid', common.invalid, common.invalidAttributes(names));
    }
    case 'empty':
      return renderState('empty', emptyTitle);
    default:
      return null;
  }
}
