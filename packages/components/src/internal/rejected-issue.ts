import type { RejectedRecord } from '@tablero/core';
import type { AttributeIssue } from './attribute-check.js';

/**
 * The dev warning for records core set aside in lenient mode: how many, and why the first one
 * was refused (its index and field messages), so the page author can find it in their data.
 * `null` when nothing was rejected. Elements pass it to `warnIssues`.
 */
export function rejectedIssue(
  property: string,
  noun: string,
  rejected: readonly RejectedRecord[],
): AttributeIssue | null {
  const [first] = rejected;
  if (!first) return null;
  const reasons = first.issues.map((i) => i.message).join('; ');
  return {
    attribute: property,
    message: `${rejected.length} ${noun} rejected; first: record ${first.index}: ${reasons}`,
  };
}
