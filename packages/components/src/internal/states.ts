import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * What an element can be showing besides its chart. `invalid` is the page author's mistake (a
 * bad attribute); `error` is a failure the host reports (a fetch that failed) or one the
 * computation hit.
 */
export const VIEW_STATES = ['ready', 'empty', 'loading', 'error', 'invalid'] as const;
export type ViewState = (typeof VIEW_STATES)[number];

/**
 * The panel shown instead of the chart. Errors are alerts (announced once when they appear);
 * loading and empty are polite status messages.
 */
export function renderState(
  state: Exclude<ViewState, 'ready'>,
  title: string,
  detail?: string,
): TemplateResult {
  const alert = state === 'error' || state === 'invalid';
  return html`<div
    part="state"
    class="state state--${state}"
    data-state=${state}
    role=${alert ? 'alert' : 'status'}
    aria-busy=${state === 'loading' ? 'true' : nothing}
  >
    ${state === 'loading' ? html`<span class="state__spinner" aria-hidden="true"></span>` : nothing}
    <span class="state__title">${title}</span>
    ${detail ? html`<span class="state__detail">${detail}</span>` : nothing}
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
  .state--error,
  .state--invalid {
    color: var(--_tb-color-text);
    border-style: solid;
    border-color: var(--_tb-color-bad);
  }
  .state__detail {
    font-size: 0.875em;
  }
  .state__spinner {
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
