import { commands } from 'vitest/browser';
import type { MediaOptions } from './commands.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (options: MediaOptions) => Promise<void>;
  }
}

/** Emulates media features (see test/support/commands.ts); reset with `resetMedia()`. */
export const emulateMedia = (options: MediaOptions) => commands.emulateMedia(options);

export const resetMedia = () =>
  commands.emulateMedia({
    colorScheme: null,
    reducedMotion: null,
    forcedColors: null,
    media: null,
  });
