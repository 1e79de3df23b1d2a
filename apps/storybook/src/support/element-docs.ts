import manifest from '@tablero/components/custom-elements.json' with { type: 'json' };

interface Usage {
  /** Plain HTML, attributes only (no build step, the CDN file or a `define/*` import). */
  html: string;
  /** React 19: properties and `on<event>` props on the custom element, no wrapper. */
  react: string;
  /** States and settings worth knowing before reading the stories. */
  notes?: string;
}

function declarationOf(tag: string): { summary?: string; description?: string } {
  for (const module of manifest.modules) {
    for (const declaration of (module.declarations ?? []) as {
      tagName?: string;
      summary?: string;
      description?: string;
    }[]) {
      if (declaration.tagName === tag) return declaration;
    }
  }
  throw new Error(`<${tag}> is not in @tablero/components/custom-elements.json`);
}

/**
 * The docs page text of an element: its `@summary` and description from the manifest (the
 * JSDoc is the one source), then usage in plain HTML and React. Storybook renders the
 * attribute, property, event, part and custom-property tables under it from the same manifest.
 */
export function elementDocs(tag: string, usage: Usage): string {
  const { summary = '', description = '' } = declarationOf(tag);
  return [
    summary,
    description,
    '## Usage',
    '### Plain HTML',
    '```html',
    usage.html.trim(),
    '```',
    '### React 19',
    '```tsx',
    usage.react.trim(),
    '```',
    usage.notes ?? '',
  ]
    .filter(Boolean)
    .join('\n\n');
}
