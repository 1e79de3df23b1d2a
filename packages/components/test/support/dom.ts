/** Small DOM helpers shared by the component tests. */

export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

/** The first node in the element's shadow root with `part~=name`. */
export const part = (el: Element, name: string) =>
  shadow(el).querySelector<HTMLElement & SVGElement>(`[part~="${name}"]`);

/** Text content with whitespace collapsed, as a reader sees it. */
export const text = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits for MutationObserver / ResizeObserver callbacks and the render they cause. */
export async function settle(el: { updateComplete: Promise<unknown> }, frames = 2) {
  for (let i = 0; i < frames; i++) await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
}

/** `#0969da` → `rgb(9, 105, 218)`, the form `getComputedStyle` returns. */
export function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
