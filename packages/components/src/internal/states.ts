import { css, html, nothing, type TemplateResult } from 'lit';
import type { AttributeIssue } from './attribute-check.js';

/**
 * What an element can be showing besides its chart. `invalid` is the page author's mistake (a
 * bad attribute); `error` is a failure the host reports (a fetch that failed) or one the
 * computation hit.
 */
export const VIEW_STATES = ['ready', 'empty', 'loading', 'error', 'invalid'] as const;
export type ViewState = (typeof VIEW_STATES)[number];

/** The part of an element model union that decides which state panel, if any, to show. */
export type StateModel =
  | { state: 'ready' }
  | { state: 'empty' }
  | { state: 'invalid'; issues: readonly AttributeIssue[] }
  | { state: 'error'; message: string };

/**
 * The panel shown instead of the chart. Errors are alerts (announced once when they appear);
 * loading and empty are polite status messages.
 */
export function renderState(
  state: Exclude<ViewState, 'ready'>,
  title: string,
  detail?: string,
): TemplateResult {
  const loading = state === 'loading';
  return html`<div
    part="state"
    class="state"
    data-state=${state}
    role=${state === 'error' || state === 'invalid' ? 'alert' : 'status'}
    aria-busy=${loading || nothing}
  >
    ${loading ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
    <span>${title}</span>
    ${detail ? html`<span class="state-detail">${detail}</span>` : nothing}
  </div>`;
}

export const stateStyles = css`
  .state {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.25rem;
    min-block-size: 6rem;
    padding: 1rem;
    text-align: center;
    color: var(--_tb-color-text-muted);
    border: 1px dashed var(--_tb-color-border);
    border-radius: var(--_tb-radius);
  }
  .state[role='alert'] {
    color: var(--_tb-color-text);
    border: 1px solid var(--_tb-color-bad);
  }
  .state-detail {
    font-size: 0.875em;
  }
  .spinner {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border-radius: 50%;
    border: 3px solid var(--_tb-color-track);
    border-block-start-color: var(--_tb-color-accent);
    animation: tb-spin 0.8s linear infinite;
  }
  @keyframes tb-spin {
    to {
      transform: rotate(1turn);
    }
  }
`;
