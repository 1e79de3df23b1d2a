import type { ComplexAttributeConverter } from 'lit';

/** A problem with one attribute (or property), named so the page author can find it. */
export interface AttributeIssue {
  attribute: string;
  message: string;
}

/**
 * Number attributes that never throw: absent → `undefined`, unparsable or empty → `NaN`, which
 * the element then reports as an invalid attribute by name. Lit's own `Number` converter turns
 * `""` into `0`, which would show a made-up zero.
 */
export const numberAttribute: ComplexAttributeConverter<number | undefined> = {
  fromAttribute: (value) =>
    value === null ? undefined : value.trim() === '' ? Number.NaN : Number(value),
  toAttribute: (value) => (value === undefined ? null : String(value)),
};

export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
}

/**
 * Checks a number that came from an attribute or property. Returns `null` when it is absent or
 * fine. The message quotes the attribute's raw text when there is one, since `NaN` says nothing.
 */
export function checkNumber(
  host: Element,
  attribute: string,
  value: unknown,
  rule: NumberRule = {},
): AttributeIssue | null {
  if (value === undefined || value === null) return null;
  const raw = host.getAttribute(attribute) ?? String(value);
  const issue = (message: string) => ({ attribute, message: `${attribute}="${raw}" ${message}` });
  if (typeof value !== 'number' || !Number.isFinite(value)) return issue('is not a number');
  if (rule.integer && !Number.isInteger(value)) return issue('is not a whole number');
  if (rule.min !== undefined && value < rule.min) return issue(`is below ${rule.min}`);
  if (rule.max !== undefined && value > rule.max) return issue(`is above ${rule.max}`);
  return null;
}

/** A count of records: a whole number, 0 or more. */
export const COUNT: NumberRule = { min: 0, integer: true };
