/**
 * Registers a custom element without ever throwing (DESIGN.md convention 1).
 * - Same class under the same tag again: nothing happens (two imports of one bundle).
 * - Another class already holds the tag (a second copy or version of Tablero on the page, as
 *   happens with embedded widgets): the first one stays and a warning says so.
 * - `tagName` registers the class under another name, e.g. to run two versions side by side.
 *   A class can be defined only once per registry, so another name gets a trivial subclass.
 *
 * Returns the constructor registered under the tag, or `undefined` outside a browser.
 */
export function defineElement<T extends CustomElementConstructor>(
  defaultTagName: string,
  elementClass: T,
  tagName: string = defaultTagName,
): CustomElementConstructor | undefined {
  if (typeof customElements === 'undefined') return undefined;
  const existing = customElements.get(tagName);
  if (existing) {
    if (existing !== elementClass && !(existing.prototype instanceof elementClass)) {
      console.warn(
        `<${tagName}> is already defined by another class (another copy of Tablero?); kept ` +
          `the first. Register this one under another name: defineElement('${defaultTagName}', ` +
          `Class, 'my-${defaultTagName}').`,
      );
    }
    return existing;
  }
  const alreadyNamed = customElements.getName(elementClass);
  const toDefine =
    alreadyNamed && alreadyNamed !== tagName
      ? (class extends (elementClass as CustomElementConstructor) {} as CustomElementConstructor)
      : elementClass;
  customElements.define(tagName, toDefine);
  return toDefine;
}
