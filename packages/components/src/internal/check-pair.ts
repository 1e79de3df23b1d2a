import type { AttributeIssue } from './attribute-check.js';

/**
 * Two attributes that only mean something together (`interval-low` + `interval-high`,
 * `previous-positive` + `previous-n`): an issue naming the missing one when only one is given.
 */
export function checkPair(
  a: string,
  aValue: unknown,
  b: string,
  bValue: unknown,
): AttributeIssue | null {
  if ((aValue === undefined) === (bValue === undefined)) return null;
  return {
    attribute: aValue === undefined ? a : b,
    message: `${a} and ${b} go together: give both or neither`,
  };
}
