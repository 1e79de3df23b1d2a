import { CsvMappingSchema, type CsvMapping } from '../mapping/csv-mapping.js';
import { freshdeskPreset } from './freshdesk.js';
import { genericSurveyPreset } from './generic-survey.js';
import { genericTicketPreset } from './generic-ticket.js';
import { hubspotPreset } from './hubspot.js';
import { zendeskPreset } from './zendesk.js';

/** Preset names; the one source of the union (CLI `--preset`, docs, tests). */
export const CSV_PRESETS = [
  'zendesk',
  'freshdesk',
  'hubspot',
  'generic-ticket',
  'generic-survey',
] as const;
export type CsvPresetName = (typeof CSV_PRESETS)[number];

const PRESET_INPUTS = {
  zendesk: zendeskPreset,
  freshdesk: freshdeskPreset,
  hubspot: hubspotPreset,
  'generic-ticket': genericTicketPreset,
  'generic-survey': genericSurveyPreset,
} as const;

/** A preset as a full mapping (defaults filled in), ready to use, tweak, or save as JSON. */
export function presetMapping(name: CsvPresetName): CsvMapping {
  const input = PRESET_INPUTS[name];
  if (!input) {
    throw new RangeError(`unknown preset "${String(name)}" (known: ${CSV_PRESETS.join(', ')})`);
  }
  return CsvMappingSchema.parse(structuredClone(input));
}

export function isCsvPresetName(name: string): name is CsvPresetName {
  return (CSV_PRESETS as readonly string[]).includes(name);
}
