/**
 * The language that applies to an element: its own `lang` or the closest ancestor's, walking
 * out of shadow roots through their hosts (`Element.closest` stops at a shadow boundary, so an
 * element inside another component would otherwise miss the page's `lang`).
 */
export function closestLang(element: Element): string {
  const match = element.closest('[lang]');
  if (match) return match.getAttribute('lang')!;
  const root = element.getRootNode();
  return root instanceof ShadowRoot
    ? closestLang(root.host)
    : typeof navigator === 'undefined'
      ? 'en'
      : navigator.language;
}

type Listener = () => void;
const listeners = new Set<Listener>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` attribute changes in the document or in any shadow root
 * that contains the element. One observer serves every element on the page.
 */
export function watchLang(element: Element, listener: Listener): () => void {
  observer ??= new MutationObserver(() => listeners.forEach((l) => l()));
  for (let node: Node | undefined = element; node;) {
    const root: Node = node.getRootNode();
    const shadow = root instanceof ShadowRoot;
    const target = shadow ? root : element.ownerDocument.documentElement;
    if (!observedRoots.has(target)) {
      observedRoots.add(target);
      observer.observe(target, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    node = shadow ? root.host : undefined;
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
