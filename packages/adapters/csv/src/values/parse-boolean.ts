import { normalizeHeader } from '../mapping/normalize-header.js';

/** Yes/no in English and Spanish, as they appear in exports and hand-made sheets. */
const WORDS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['yes', true],
  ['y', true],
  ['1', true],
  ['si', true],
  ['s', true],
  ['verdadero', true],
  ['v', true],
  ['x', true],
  ['false', false],
  ['no', false],
  ['n', false],
  ['0', false],
  ['falso', false],
  ['f', false],
]);

export const BOOLEAN_WORDS = [...WORDS.keys()];

/** `sí`, `Si`, `TRUE`, `yes`, `1` → true; `no`, `falso`, `0` → false; anything else undefined. */
export function parseBoolean(text: string): boolean | undefined {
  const plain = WORDS.get(text.trim().toLowerCase());
  return plain !== undefined ? plain : WORDS.get(normalizeHeader(text));
}
