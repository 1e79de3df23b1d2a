// `npm run analyze`: custom-elements.json from the elements' JSDoc (@summary, @csspart,
// @cssproperty, @event, @slot), referenced by package.json "customElements".

/**
 * Our classes register nothing; `src/define/<tag>.ts` calls `defineElement('<tag>', Class)`.
 * The analyzer only knows `customElements.define` and `@customElement`, so this plugin reads
 * those calls and records the tag on the class, as if it had been defined directly.
 */
function defineElementCalls() {
  const found = [];
  return {
    name: 'tablero-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element) return;
      found.push({ module: moduleDoc, tagName: tag.text, className: element.getText() });
    },
    packageLinkPhase({ customElementsManifest }) {
      // defineElement's own `customElements.define(tagName, …)` is not a definition of a tag.
      const helper = customElementsManifest.modules.find((m) =>
        m.path.endsWith('internal/define-element.ts'),
      );
      if (helper?.exports) {
        helper.exports = helper.exports.filter((e) => e.kind !== 'custom-element-definition');
      }
      for (const { module, tagName, className } of found) {
        const home = customElementsManifest.modules.find((m) =>
          m.declarations?.some((d) => d.kind === 'class' && d.name === className),
        );
        if (!home) continue;
        const declaration = home.declarations.find((d) => d.name === className);
        declaration.tagName = tagName;
        declaration.customElement = true;
        module.exports ??= [];
        module.exports.push({
          kind: 'custom-element-definition',
          name: tagName,
          declaration: { name: className, module: home.path },
        });
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts', 'src/cdn.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [defineElementCalls()],
};
