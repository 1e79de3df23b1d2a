import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { SourceMap } from 'magic-string';
import type { Plugin as VitePlugin } from 'vite';

export function collapseMarkup(text: string): string;
export function minifyCss(text: string): string;
export function minifyTemplates(
  code: string,
  fileName?: string,
): { code: string; map: SourceMap } | null;
export function minifyTemplatesVite(): VitePlugin;
export function minifyTemplatesEsbuild(): EsbuildPlugin;
