import type { Adapter } from '@tablero/adapter-kit';
import { CliError } from '../cli-error.js';
import { EXIT_CODES } from '../exit-codes.js';
import { redact } from '../format/redact.js';
import { readEnv } from './read-env.js';
import type { HelpSection } from '../help/format-help.js';
import type { EnvVarSpec, SyncSource } from './sync-source.js';

export interface ApiSourceDefinition {
  name: string;
  /** `Zendesk Support`. */
  title: string;
  env: readonly EnvVarSpec[];
  /**
   * Builds the adapter from the environment values present (required ones are checked before).
   * Absent until the adapter package is released: the command then explains and exits 2.
   */
  createAdapter?: (env: ReadonlyMap<string, string>) => Adapter | Promise<Adapter>;
  /** What to do until `createAdapter` exists. */
  meanwhile?: string;
  /** More help sections (credentials, examples), after the environment. */
  helpSections?: readonly HelpSection[];
}

/** How records the vendor removed reach the output (README §Output). */
const REMOVED_TEXT = `Tickets the vendor deleted, marked as spam or merged into another come as tombstone
lines in --out, after the records of their batch:
  {"kind":"removed","of":"ticket","id":"48219","reason":"deleted"}
Apply the file in order and drop any earlier record of that kind and id; readers that take
lines by record kind ("ticket", "survey-response") skip them.`;

/**
 * A `tablero sync <vendor>` command for a helpdesk API: no arguments, credentials and account
 * only from the environment. Registering an API adapter is giving it `createAdapter`.
 */
export function apiSyncSource(definition: ApiSourceDefinition): SyncSource {
  const { name, title, env, createAdapter } = definition;
  const source: SyncSource = {
    name,
    summary: `${title} API${createAdapter ? '' : ' (not available yet)'}`,
    usage: ['--out <file> [options]'],
    positionals: [],
    options: [],
    env,
    helpSections: [
      {
        title: 'Environment',
        rows: env
          .filter((v) => !v.hidden)
          .map((v) => [
            v.name,
            `${v.description}${v.required ? ' (required)' : ''}${v.secret ? '; secret: never printed' : ''}`,
          ]),
      },
      ...(definition.helpSections ?? []),
      ...(createAdapter
        ? [{ title: 'Removed records', text: REMOVED_TEXT }]
        : [
            {
              title: 'Status',
              text: `Not available yet: the ${title} adapter is not released.${definition.meanwhile ? `\n${definition.meanwhile}` : ''}`,
            },
          ]),
    ],
  };
  if (!createAdapter) {
    source.unavailable = `\`tablero sync ${name}\` is not available yet: the ${title} adapter is not released.`;
    if (definition.meanwhile) source.unavailable += `\n${definition.meanwhile}`;
    return source;
  }
  source.prepare = async ({ command, env: environment }) => {
    const { values, secrets } = readEnv(environment, env, command);
    const shown = env.filter((v) => !v.secret && values.has(v.name));
    const account = Object.fromEntries(shown.map((v) => [v.name, values.get(v.name)]));
    const labelParts = shown.filter((v) => !v.hidden).map((v) => values.get(v.name)!);
    let adapter: Adapter;
    try {
      adapter = await createAdapter(values);
    } catch (error) {
      // A factory refuses its configuration (a malformed domain, a missing pair of variables).
      const message = error instanceof Error ? error.message : String(error);
      throw new CliError(
        redact(message, secrets),
        EXIT_CODES.usage,
        `Check the environment variables: \`${command} --help\` lists them.`,
      );
    }
    return {
      adapter,
      identity: { adapter: name, ...account },
      label: [name, ...labelParts].join(' '),
      failureExitCode: EXIT_CODES.remote,
      secrets,
    };
  };
  return source;
}
