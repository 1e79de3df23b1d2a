import type { OptionSpec } from '../args/parse-command-args.js';
import { EXIT_CODE_HELP } from '../exit-codes.js';

export interface HelpSection {
  title: string;
  /** Two-column rows (`--out <file>`, `where records go`), aligned. */
  rows?: readonly (readonly [string, string])[];
  /** Free text, printed as given (already wrapped). */
  text?: string;
}

export interface HelpDoc {
  /** One line: what the command does. */
  summary: string;
  usage: readonly string[];
  sections: readonly HelpSection[];
}

/** Help pages wrap their descriptions to this many columns: readable in any terminal. */
export const HELP_WIDTH = 100;

/** The help page of a command: summary, usage, then sections, rows aligned on one column. */
export function formatHelp(doc: HelpDoc): string {
  const lines: string[] = [doc.summary, '', 'Usage:', ...doc.usage.map((u) => `  ${u}`)];
  for (const section of doc.sections) {
    lines.push('', `${section.title}:`);
    if (section.rows) {
      const width = Math.max(...section.rows.map(([left]) => left.length));
      const room = Math.max(30, HELP_WIDTH - width - 4);
      for (const [left, right] of section.rows) {
        const [first = '', ...rest] = right.split('\n').flatMap((line) => wrap(line, room));
        lines.push(`  ${left.padEnd(width)}  ${first}`.trimEnd());
        for (const more of rest) lines.push(`  ${' '.repeat(width)}  ${more}`);
      }
    }
    if (section.text) lines.push(...section.text.split('\n').map((l) => (l ? `  ${l}` : '')));
  }
  return `${lines.join('\n')}\n`;
}

/** Splits at spaces into lines of at most `width` characters (a longer word stays whole). */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  out.push(line);
  return out;
}

/** `-q, --quiet` / `    --out <file>` rows for an options section. */
export function optionRows(options: readonly OptionSpec[]): [string, string][] {
  return options.map((o) => [
    `${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.type === 'string' ? ` <${o.valueName ?? 'value'}>` : ''}`,
    o.description,
  ]);
}

export const EXIT_CODES_SECTION: HelpSection = {
  title: 'Exit codes',
  rows: EXIT_CODE_HELP.map(([code, text]) => [String(code), text]),
};
