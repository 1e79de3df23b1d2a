import {
  CSV_PRESETS,
  CsvError,
  RowMapper,
  presetMapping,
  readRows,
  toCsvSource,
  type CsvPresetName,
} from '@tablero/adapter-csv';

export interface HeaderGuess {
  columns: string[];
  /** The preset whose mapping finds the most columns of this header; null when none fits. */
  preset: CsvPresetName | null;
  /** Per preset: mapped fields, or why it does not fit (for the mapping step's hint). */
  fits: { preset: CsvPresetName; mapped: number; error?: string }[];
}

/** The header row of a CSV (first non-blank row), read with the adapter's own decoder and tokenizer. */
export async function readHeader(file: Blob): Promise<string[]> {
  // 64 KiB is what the adapter decides encoding and delimiter on; a header is far shorter.
  for await (const group of readRows(toCsvSource(file.slice(0, 65_536)))) {
    for (const row of group.rows) if (!row.blank) return row.fields;
  }
  return [];
}

/**
 * Picks a preset from the header: the one that maps the most fields, required ones all present.
 * A vendor preset names more of its own export's columns than a generic one can, so a Zendesk
 * file goes to `zendesk` even though `generic-ticket` would also accept `Id`, `Created at`, `Status`.
 */
export function guessPreset(columns: string[]): HeaderGuess {
  const fits = CSV_PRESETS.map((preset) => {
    try {
      const mapping = presetMapping(preset);
      const mapper = new RowMapper(mapping, columns, { timeZone: 'UTC', delimiter: ',' });
      const total = Object.keys(mapping.fields).length + Object.keys(mapping.custom ?? {}).length;
      return { preset, mapped: total - mapper.header.unmapped.length };
    } catch (error) {
      if (error instanceof CsvError) return { preset, mapped: 0, error: error.message };
      throw error;
    }
  });
  let best: (typeof fits)[number] | undefined;
  for (const fit of fits) if (!fit.error && (!best || fit.mapped > best.mapped)) best = fit;
  return { columns, preset: best?.preset ?? null, fits };
}
