import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Width breakpoints (CSS px of the element's content box) that change an element's layout. */
export const SIZES = ['small', 'medium', 'large'] as const;
export type Size = (typeof SIZES)[number];

export const sizeFor = (width: number): Size =>
  width < 240 ? 'small' : width < 480 ? 'medium' : 'large';

/**
 * Tracks the host's content width with a ResizeObserver and re-renders when the size class
 * changes, so a widget dropped into a narrow sidebar lays itself out for the sidebar, not for
 * the window (media queries only see the window).
 */
export class ResizeController implements ReactiveController {
  size: Size = 'medium';
  #observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // Absent outside a browser (server rendering): the element keeps the medium layout.
    this.#observer =
      globalThis.ResizeObserver &&
      new ResizeObserver(([entry]) => {
        const size = sizeFor(entry!.contentRect.width);
        if (size !== this.size) {
          this.size = size;
          this.host.requestUpdate();
        }
      });
    this.#observer?.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
