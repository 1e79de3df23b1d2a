/** What one CSV contender's child process reports (lib/csv-contenders.ts prints it as JSON). */
export const CSV_CONTENDERS = [
  'ours',
  'oursSchema',
  'oursParse',
  'papaparse',
  'papaparseString',
  'd3dsv',
  'baseline',
] as const;
export type CsvContender = (typeof CSV_CONTENDERS)[number];

export interface CsvRun {
  contender: CsvContender;
  /** Wall-clock time of the work (module loading excluded). */
  ms: number;
  /**
   * CPU time (user + system, all threads: GC helpers included) of the same work. On a shared
   * machine wall time includes waiting for a core; CPU time does not.
   */
  cpuMs: number;
  /** Data rows seen (header excluded) or records mapped. */
  rows: number;
  rejected: number;
  maxRssBytes: number;
  /** Ours only: checks against the file's expectations. */
  withFirstReply?: number;
  firstReplyMinutes?: number;
  createdSeconds?: number;
}
