/**
 * Console warnings for page authors, once per element and message: a render loop must not
 * flood the console, yet each element with a bad attribute should say which one.
 */
const seen = new WeakMap<object, Set<string>>();

export function devWarning(source: Element, message: string): void {
  let messages = seen.get(source);
  if (!messages) seen.set(source, (messages = new Set()));
  if (messages.has(message)) return;
  messages.add(message);
  console.warn(`<${source.localName}>: ${message}`);
}
