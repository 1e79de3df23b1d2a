import { expect, within } from 'storybook/test';

/** The open shadow root of the first `<tag>` in the story, once it has rendered. */
export async function shadowOf<T extends HTMLElement & { updateComplete?: Promise<unknown> }>(
  canvasElement: HTMLElement,
  tag: string,
): Promise<{ element: T; root: ShadowRoot; screen: ReturnType<typeof within> }> {
  const element = canvasElement.querySelector<T>(tag);
  await expect(element, `<${tag}> is in the story`).not.toBeNull();
  await element!.updateComplete;
  const root = element!.shadowRoot!;
  // Testing Library's queries only need querySelectorAll, which a shadow root has.
  return { element: element!, root, screen: within(root as unknown as HTMLElement) };
}

/** The node with `part` inside the element's shadow root. */
export const part = <T extends Element = HTMLElement>(root: ShadowRoot, name: string) =>
  root.querySelector<T>(`[part~="${name}"]`);
