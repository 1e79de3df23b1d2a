// @tablero/cli as a library: the command line, its exit codes, and the generic sync runner
// that a helpdesk adapter plugs into.
export { main, rootHelp } from './main.js';
export { nodeIo, type CliIo, type CliStream } from './io.js';
export { EXIT_CODES, EXIT_CODE_HELP, type ExitCode, type ExitCodeName } from './exit-codes.js';
export { CliError } from './cli-error.js';
export { runSync, type RunSyncOptions, type SyncOutcome } from './sync/run-sync.js';
export { batchTombstones, type Tombstone } from './sync/batch-tombstones.js';
export { SyncStateSchema, readSyncState, type SyncState } from './sync/sync-state.js';
export {
  syncSourceRegistry,
  type SyncSource,
  type SyncSourceRegistry,
  type SyncSourceContext,
  type PreparedSync,
  type EnvVarSpec,
} from './sources/sync-source.js';
export { apiSyncSource, type ApiSourceDefinition } from './sources/api-sync-source.js';
export { defaultSyncSources } from './sources/default-sync-sources.js';
export { renderProgressBar } from './progress/render-progress-bar.js';
export { renderProgressLine } from './progress/render-progress-line.js';
export {
  createProgressState,
  progressOnEvent,
  progressOnStored,
  type ProgressState,
} from './progress/progress-state.js';
export type { SyncSummary } from './summary/sync-summary.js';
