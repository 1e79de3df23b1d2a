import type { Adapter } from '@tablero/adapter-kit';
import { CliError } from '../cli-error.js';
import { EXIT_CODES } from '../exit-codes.js';
import { redact } from '../format/redact.js';
import { readEnv } from './read-env.js';
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
}

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
        rows: env.map((v) => [
          v.name,
          `${v.description}${v.required ? ' (required)' : ''}${v.secret ? '; secret: never printed' : ''}`,
        ]),
      },
      ...(createAdapter
        ? []
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
    const account = Object.fromEntries(
      env.filter((v) => !v.secret && values.has(v.name)).map((v) => [v.name, values.get(v.name)]),
    );
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
      label: [name, ...Object.values(account)].join(' '),
      failureExitCode: EXIT_CODES.remote,
      secrets,
    };
  };
  return source;
}
