import {
  CHURN_EVERY,
  CSAT_KPIS,
  HEATMAP_MODES,
  NPS_KPIS,
  THEMES,
  TREND_SERIES,
} from '@tablero/components';
import manifest from '@tablero/components/custom-elements.json' with { type: 'json' };
import { CSAT_SCALES } from '@tablero/core';
import type { ArgTypes } from '@storybook/web-components-vite';

interface Item {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
}
interface Member extends Item {
  kind: 'field' | 'method';
  static?: boolean;
  privacy?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Item[];
  members?: Member[];
  events?: Item[];
  slots?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
}

/**
 * The select options of every union an attribute is typed with, from the components' (and the
 * core's) `as const` tuples: the single source of each union (DESIGN.md convention 6).
 */
const UNIONS: Record<string, readonly (string | number)[]> = {
  Theme: THEMES,
  NpsKpi: NPS_KPIS,
  CsatKpi: CSAT_KPIS,
  CsatScale: CSAT_SCALES,
  TrendSeries: TREND_SERIES,
  ChurnEvery: CHURN_EVERY,
  'ChurnEvery | undefined': CHURN_EVERY,
  HeatmapMode: HEATMAP_MODES,
};

function declarationOf(tag: string): Declaration | undefined {
  for (const module of manifest.modules) {
    for (const declaration of (module.declarations ?? []) as Declaration[]) {
      if (declaration.tagName === tag) return declaration;
    }
  }
  return undefined;
}

const row = (item: Item, category: string, control: ArgTypes[string]['control'] = false) => ({
  name: item.name,
  description: item.description,
  control,
  table: {
    category,
    type: item.type?.text ? { summary: item.type.text } : undefined,
    defaultValue: item.default === undefined ? undefined : { summary: item.default },
  },
});

function attributeControl(type: string): ArgTypes[string]['control'] {
  if (UNIONS[type]) return { type: 'select' };
  if (type === 'boolean') return { type: 'boolean' };
  if (/^number\b/.test(type)) return { type: 'number' };
  return { type: 'text' };
}

const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/**
 * Storybook's argTypes for `<tag>`, all from `custom-elements.json`: a control for every
 * attribute (typed from its declared type), and documentation-only rows for the public
 * properties, events, slots, CSS custom properties and CSS parts. It replaces Storybook's own
 * extraction, which keys every row by its bare name (so the `label` part hid the `label`
 * attribute), lists private members, and offers an object editor for CSS parts.
 */
export function manifestArgTypes(tag: string): ArgTypes | null {
  const declaration = declarationOf(tag);
  if (!declaration) return null;
  const argTypes: ArgTypes = {};
  for (const attribute of declaration.attributes ?? []) {
    const type = attribute.type?.text ?? 'string';
    argTypes[attribute.name] = {
      ...row(attribute, 'attributes', attributeControl(type)),
      ...(UNIONS[type] ? { options: [...UNIONS[type]] } : {}),
    };
  }
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || member.static || (member.privacy ?? 'public') !== 'public')
      continue;
    argTypes[`property:${member.name}`] = row(member, 'properties');
  }
  for (const event of declaration.events ?? []) {
    argTypes[`event:${event.name}`] = row(event, 'events');
    // Logged in the Actions panel: renderElement listens for `on<Event>` function args.
    argTypes[`on${camel(`-${event.name}`)}`] = {
      action: event.name,
      table: { disable: true },
    };
  }
  for (const slot of declaration.slots ?? []) {
    argTypes[`slot:${slot.name || 'default'}`] = row(slot, 'slots');
  }
  for (const property of declaration.cssProperties ?? []) {
    argTypes[property.name] = row(property, 'css custom properties');
  }
  for (const part of declaration.cssParts ?? []) {
    argTypes[`part:${part.name}`] = row(part, 'css shadow parts');
  }
  return argTypes;
}
