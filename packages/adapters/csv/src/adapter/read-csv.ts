import type { Rejection } from '@tablero/adapter-kit';
import type { SurveyResponse, Ticket } from '@tablero/core';
import { createCsvAdapter, type CsvAdapterOptions } from './create-csv-adapter.js';
import type { CsvSummary } from './csv-summary.js';

export interface CsvReadResult {
  tickets: Ticket[];
  surveyResponses: SurveyResponse[];
  rejected: Rejection[];
  summary: CsvSummary;
}

/**
 * A whole CSV file into memory at once: the adapter's batches gathered. For files that fit in
 * memory (a dropped file in the demo, tests); stream with `createCsvAdapter` otherwise.
 */
export async function readCsv(
  input: CsvAdapterOptions['input'],
  options: Omit<CsvAdapterOptions, 'input'> = {},
): Promise<CsvReadResult> {
  const adapter = createCsvAdapter({ ...options, input });
  const result: CsvReadResult = {
    tickets: [],
    surveyResponses: [],
    rejected: [],
    summary: adapter.summary,
  };
  for await (const batch of adapter.sync()) {
    for (const r of batch.records) {
      if (r.kind === 'ticket') result.tickets.push(r.record);
      else if (r.kind === 'survey-response') result.surveyResponses.push(r.record);
    }
    result.rejected.push(...batch.rejected);
  }
  result.summary = adapter.summary;
  return result;
}
