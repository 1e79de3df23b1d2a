/** Story args: attribute name → value (the controls), as in plain HTML. */
export type AttributeArgs = Record<string, string | number | boolean | null | undefined>;

/**
 * Creates `<tag>` with an attribute per arg, as a page author writing plain HTML would (so
 * the controls exercise the attribute way in), then lets the story set object properties
 * (`result`, `responses`, `tickets`…), the way in from JavaScript.
 */
export function renderElement<T extends HTMLElement>(
  tag: string,
  args: AttributeArgs,
  setProperties?: (element: T) => void,
): T {
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === false || value === '') continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  setProperties?.(element);
  return element;
}
