import { EXIT_CODES_SECTION, formatHelp, optionRows } from '../help/format-help.js';
import type { SyncSource } from '../sources/sync-source.js';
import { SYNC_OPTIONS } from './sync-options.js';

/** How output and resume work, the same for every source. */
export const RESUME_TEXT = `Records are appended to --out in batches. After each batch is on disk (fsync), the
state file is replaced atomically (write, fsync, rename), so a sync stopped at any moment
(Ctrl-C, kill, power cut) resumes from its last saved batch: run the same command again.
Lines written after the last saved state are cut off first, so no record is written twice.
Ctrl-C stops after the current batch and exits 4; a second Ctrl-C stops at once (the saved
state stays valid).`;

export function syncSourceHelp(source: SyncSource): string {
  const command = `tablero sync ${source.name}`;
  return formatHelp({
    summary: `${command}: ${source.summary}.`,
    usage: source.usage.map((form) => `${command} ${form}`),
    sections: [
      ...(source.positionals.length > 0
        ? [
            {
              title: 'Arguments',
              rows: source.positionals.map((p) => [`<${p.name}>`, p.description] as const),
            },
          ]
        : []),
      ...(source.options.length > 0
        ? [{ title: `Options of ${source.name}`, rows: optionRows(source.options) }]
        : []),
      { title: 'Output and resume options', rows: optionRows(SYNC_OPTIONS) },
      ...source.helpSections,
      { title: 'Resume', text: RESUME_TEXT },
      EXIT_CODES_SECTION,
    ],
  });
}
