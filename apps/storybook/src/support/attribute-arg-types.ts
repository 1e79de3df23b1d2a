import type { ArgTypes } from '@storybook/web-components-vite';
import manifest from '@tablero/components/custom-elements.json' with { type: 'json' };

interface ManifestAttribute {
  name: string;
  type?: { text?: string };
  description?: string;
}

function attributesOf(tag: string): ManifestAttribute[] {
  for (const module of manifest.modules) {
    for (const declaration of (module.declarations ?? []) as {
      tagName?: string;
      attributes?: ManifestAttribute[];
    }[]) {
      if (declaration.tagName === tag) return declaration.attributes ?? [];
    }
  }
  throw new Error(`<${tag}> is not in @tablero/components/custom-elements.json`);
}

/**
 * A control for every attribute the manifest lists for `<tag>`, typed from its declared type:
 * booleans get a switch, numbers a number field, the unions named in `options` (the
 * components' `as const` tuples: THEMES, NPS_KPIS…) a select, everything else a text field.
 * Attributes added to a component show up here without touching the stories.
 */
export function attributeArgTypes(
  tag: string,
  options: Record<string, readonly (string | number)[]> = {},
): ArgTypes {
  const argTypes: ArgTypes = {};
  for (const attribute of attributesOf(tag)) {
    const type = attribute.type?.text ?? 'string';
    const choices = options[attribute.name];
    argTypes[attribute.name] = {
      name: attribute.name,
      description: attribute.description,
      table: { category: 'attributes', type: { summary: type } },
      control: choices
        ? { type: 'select' }
        : type === 'boolean'
          ? { type: 'boolean' }
          : /^number\b/.test(type)
            ? { type: 'number' }
            : { type: 'text' },
      ...(choices ? { options: [...choices] } : {}),
    };
  }
  return argTypes;
}
