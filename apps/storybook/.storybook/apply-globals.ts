export const THEME_NAMES = ['light', 'dark', 'high-contrast'] as const;
export const LOCALES = ['es', 'en'] as const;

const TABLERO_TAGS = 'nps-gauge, csat-card, churn-trend, ticket-heatmap';

interface Globals {
  theme: string;
  locale: string;
  /** The story's own `theme` arg, which wins over the toolbar when it is not `auto`. */
  storyTheme: string | undefined;
}

/**
 * Wraps a story in the element the toolbar controls: `lang` (the elements inherit it from the
 * closest `[lang]`), a dark or light page, and the high-contrast token set. Dark also sets
 * `theme="dark"` on each Tablero element inside, because the elements otherwise follow
 * `prefers-color-scheme`, which a toolbar cannot change.
 */
export function applyGlobals(story: unknown, { theme, locale, storyTheme }: Globals): HTMLElement {
  const dark = theme === 'dark' || storyTheme === 'dark';
  const wrapper = document.createElement('div');
  wrapper.className =
    theme === 'high-contrast' ? 'tablero-canvas tablero-high-contrast' : 'tablero-canvas';
  wrapper.lang = locale;
  wrapper.dataset.theme = dark ? 'dark' : 'light';
  if (story instanceof Node) wrapper.append(story);
  else throw new TypeError('Tablero stories render DOM nodes');
  const elementTheme = theme === 'dark' ? 'dark' : 'light';
  for (const el of wrapper.querySelectorAll(TABLERO_TAGS)) {
    if (!storyTheme || storyTheme === 'auto') el.setAttribute('theme', elementTheme);
  }
  return wrapper;
}
