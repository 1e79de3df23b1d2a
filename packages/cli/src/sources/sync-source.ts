import type { Adapter, SyncBatch } from '@tablero/adapter-kit';
import type { OptionSpec, ParsedArgs, PositionalSpec } from '../args/parse-command-args.js';
import type { ExitCode } from '../exit-codes.js';
import type { HelpSection } from '../help/format-help.js';
import type { Tombstone } from '../sync/batch-tombstones.js';

/** An environment variable a source reads. Credentials come only from these, never flags. */
export interface EnvVarSpec {
  name: string;
  description: string;
  /** Secret values are redacted from every message and never written to the state file. */
  secret: boolean;
  required: boolean;
  /**
   * Left out of `--help` (a test hook such as `TABLERO_ZENDESK_BASE_URL`), and of the label;
   * still part of the resume identity, so a state made against one server is not resumed on another.
   */
  hidden?: boolean;
}

/** What a source hands the generic sync runner once its arguments check out. */
export interface PreparedSync {
  adapter: Adapter;
  /**
   * What must match for a saved state to be resumed: adapter name, input fingerprint, every
   * option that changes the records. Written to the state file, so never a secret.
   */
  identity: Record<string, unknown>;
  /** `tickets.csv`, `zendesk acme`: for progress lines and the summary. */
  label: string;
  /** Exit code when the adapter fails mid-sync: `input` for files, `remote` for APIs. */
  failureExitCode: ExitCode;
  /** Values to redact from every message (credentials read from the environment). */
  secrets: readonly string[];
  /**
   * A finer reading of an adapter failure than `failureExitCode` (a checkpoint from another
   * file is a usage problem, not an unreadable input), with a next step for the user.
   */
  describeFailure?: (error: unknown) => { exitCode: ExitCode; hint?: string } | undefined;
  /**
   * Tombstone lines for what the vendor removed in this batch (deleted, spam, merged away);
   * default: `batchTombstones`, which reads the batch's `deleted` and `removed` fields.
   */
  tombstones?: (batch: SyncBatch) => Tombstone[];
  /** After the run: lines for the text summary and fields for `--json` (`details`). */
  details?: () => { notes: string[]; json: Record<string, unknown> };
}

export interface SyncSourceContext {
  /** `tablero sync csv`, for messages. */
  command: string;
  args: ParsedArgs;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/**
 * One `tablero sync <name>` command: its own arguments and options (the output, state and
 * reporting options are shared and added by `sync`), its environment and how to build its
 * adapter. A source without `prepare` is listed and documented but says it is not available yet.
 */
export interface SyncSource {
  name: string;
  /** One line for `tablero sync --help`. */
  summary: string;
  /** `<file> --preset <name> --time-zone <zone>`: what follows `tablero sync <name>`, per form. */
  usage: readonly string[];
  positionals: readonly PositionalSpec[];
  options: readonly OptionSpec[];
  env: readonly EnvVarSpec[];
  /** Extra help sections (presets, examples). */
  helpSections: readonly HelpSection[];
  /**
   * A request answered without syncing (`--print-mapping`): text for stdout, or `undefined` to
   * go on. Runs before `--out` is required.
   */
  preflight?: (context: SyncSourceContext) => Promise<string | undefined>;
  prepare?: (context: SyncSourceContext) => Promise<PreparedSync>;
  /** Why it is not available and what to do meanwhile; shown when `prepare` is absent. */
  unavailable?: string;
}

/** The sync sources by name, in the order `tablero sync --help` lists them. */
export type SyncSourceRegistry = ReadonlyMap<string, SyncSource>;

export function syncSourceRegistry(sources: readonly SyncSource[]): SyncSourceRegistry {
  return new Map(sources.map((s) => [s.name, s]));
}
