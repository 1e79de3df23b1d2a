import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The size of the chart's plot box, re-rendering on every change of whole pixels. The shared
 * `ResizeController` re-renders only when the host crosses a size class, which is right for
 * layouts but not for a line chart, whose x scale must span the exact width it is given.
 */
export class PlotSizeController implements ReactiveController {
  width = 0;
  height = 0;
  #observer: ResizeObserver | undefined;
  #target: Element | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts observing `element` (the plot box); a no-op when it is already the observed one. */
  observe(element: Element | null): void {
    if (element === this.#target) return;
    this.#target = element;
    this.hostConnected();
  }

  hostConnected(): void {
    this.hostDisconnected();
    const target = this.#target;
    if (!target || typeof ResizeObserver === 'undefined') return;
    this.#observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry!.contentRect.width);
      const height = Math.round(entry!.contentRect.height);
      if (width === this.width && height === this.height) return;
      this.width = width;
      this.height = height;
      this.host.requestUpdate();
    });
    this.#observer.observe(target);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
