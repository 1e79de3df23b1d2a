import { usageError } from '../cli-error.js';
import type { EnvVarSpec } from './sync-source.js';

export interface EnvValues {
  values: Map<string, string>;
  /** The secret values present, for redaction. */
  secrets: string[];
}

/**
 * Reads a source's environment variables. A missing required one is a usage error that names
 * the variable, never a value; empty strings count as missing (an unset variable exported as
 * `VAR=` is a common slip).
 */
export function readEnv(
  env: Readonly<Record<string, string | undefined>>,
  specs: readonly EnvVarSpec[],
  command: string,
): EnvValues {
  const values = new Map<string, string>();
  const secrets: string[] = [];
  for (const spec of specs) {
    const value = env[spec.name]?.trim();
    if (!value) continue;
    values.set(spec.name, value);
    if (spec.secret) secrets.push(value);
  }
  const missing = specs.filter((s) => s.required && !values.has(s.name)).map((s) => s.name);
  if (missing.length > 0) {
    throw usageError(
      `\`${command}\` needs the environment variable${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`,
      `Credentials are read only from the environment. Run \`${command} --help\` for the list.`,
    );
  }
  return { values, secrets };
}
