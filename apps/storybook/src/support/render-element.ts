/** Story args: attribute name → value (the controls), as in plain HTML. */
export type AttributeArgs = Record<string, unknown>;

/** `onKpiSelect` → `kpi-select`: the action args `manifestArgTypes` declares per event. */
const eventName = (arg: string) =>
  arg
    .slice(2)
    .replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
    .slice(1);

/**
 * Creates `<tag>` with an attribute per arg, as a page author writing plain HTML would (so
 * the controls exercise the attribute way in), listens for events with the `on<Event>` action
 * args, then lets the story set object properties (`result`, `responses`, `tickets`…), the way
 * in from JavaScript.
 */
export function renderElement<T extends HTMLElement>(
  tag: string,
  args: AttributeArgs,
  setProperties?: (element: T) => void,
): T {
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(args)) {
    if (typeof value === 'function') {
      if (/^on[A-Z]/.test(name)) element.addEventListener(eventName(name), value as EventListener);
      continue;
    }
    if (value === undefined || value === null || value === false || value === '') continue;
    if (typeof value === 'object') continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  setProperties?.(element);
  return element;
}
