/** What one CSV contender's child process reports (lib/csv-contenders.ts prints it as JSON). */
export const CSV_CONTENDERS = [
  'ours',
  'oursSchema',
  'oursParse',
  'papaparse',
  'd3dsv',
  'baseline',
] as const;
export type CsvContender = (typeof CSV_CONTENDERS)[number];

export interface CsvRun {
  contender: CsvContender;
  ms: number;
  /** Data rows seen (header excluded) or records mapped. */
  rows: number;
  rejected: number;
  maxRssBytes: number;
  /** Ours only: checks against the file's expectations. */
  withFirstReply?: number;
  firstReplyMinutes?: number;
  createdSeconds?: number;
}
