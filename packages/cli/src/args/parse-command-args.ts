import { parseArgs } from 'node:util';
import { usageError } from '../cli-error.js';
import { closestName } from './closest-name.js';

export interface OptionSpec {
  /** Long name without dashes: `time-zone`. */
  name: string;
  type: 'string' | 'boolean';
  short?: string;
  /** Placeholder in help: `--time-zone <zone>`. */
  valueName?: string;
  description: string;
}

export interface PositionalSpec {
  name: string;
  description: string;
}

export interface ArgsSpec {
  /** `tablero sync csv`: named in every error so the user knows which help to read. */
  command: string;
  options: readonly OptionSpec[];
  positionals: readonly PositionalSpec[];
  /**
   * Said instead of "unknown option" when someone tries to pass a credential as a flag: tokens
   * belong in the environment, never in shell history or process listings.
   */
  credentialHint?: string;
}

export interface ParsedArgs {
  strings: Map<string, string>;
  flags: Set<string>;
  positionals: string[];
}

/** Option names that look like a credential: refused with a pointer to the environment. */
const CREDENTIAL_NAME = /token|api-?key|password|passwd|secret|credential|auth/i;

/**
 * `node:util` `parseArgs` in lenient mode, then our own checks, so every mistake gets one
 * clear sentence (with a "did you mean" where it helps) instead of Node's generic messages,
 * and no error ever echoes an option's value (it could be a pasted token).
 */
export function parseCommandArgs(argv: readonly string[], spec: ArgsSpec): ParsedArgs {
  const byName = new Map(spec.options.map((o) => [o.name, o]));
  const byShort = new Map(spec.options.filter((o) => o.short).map((o) => [o.short!, o]));
  const { tokens } = parseArgs({
    args: [...argv],
    options: Object.fromEntries(
      spec.options.map((o) => [
        o.name,
        o.short ? { type: o.type, short: o.short } : { type: o.type },
      ]),
    ),
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const help = `Run \`${spec.command} --help\` for the options.`;
  const parsed: ParsedArgs = { strings: new Map(), flags: new Set(), positionals: [] };

  for (const token of tokens) {
    if (token.kind === 'positional') {
      parsed.positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const option = token.rawName.startsWith('--')
      ? byName.get(token.name)
      : (byShort.get(token.name) ?? byName.get(token.name));
    if (!option) {
      if (CREDENTIAL_NAME.test(token.name)) {
        throw usageError(
          `${token.rawName} is not accepted: credentials are never read from the command line.`,
          spec.credentialHint ?? help,
        );
      }
      const suggestion = closestName(
        token.name,
        spec.options.map((o) => o.name),
      );
      throw usageError(
        `unknown option ${token.rawName} for \`${spec.command}\`.`,
        suggestion ? `Did you mean --${suggestion}? ${help}` : help,
      );
    }
    if (option.type === 'boolean') {
      if (token.value !== undefined)
        throw usageError(`--${option.name} does not take a value.`, help);
      parsed.flags.add(option.name);
      continue;
    }
    // In lenient mode `--out --quiet` would take "--quiet" as the file name: a value that looks
    // like an option must be attached (`--delimiter=-`) to count.
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('-') && value.length > 1)) {
      throw usageError(
        `--${option.name} needs a value: --${option.name} <${option.valueName ?? 'value'}>.`,
        help,
      );
    }
    if (parsed.strings.has(option.name)) {
      throw usageError(`--${option.name} is given more than once.`, help);
    }
    parsed.strings.set(option.name, value);
  }

  if (parsed.positionals.length > spec.positionals.length) {
    const extra = parsed.positionals[spec.positionals.length]!;
    throw usageError(
      spec.positionals.length === 0
        ? `\`${spec.command}\` takes no arguments, got "${extra}".`
        : `unexpected extra argument "${extra}" (\`${spec.command}\` takes ${spec.positionals
            .map((p) => `<${p.name}>`)
            .join(' ')}).`,
      help,
    );
  }
  return parsed;
}

/** True when `-h`/`--help` appears before a `--` terminator: help wins over any other error. */
export function wantsHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}
