/** What a secret becomes in any message. */
export const REDACTED = '[redacted]';

/**
 * Replaces every occurrence of each secret in `text`. Secrets under 4 characters are left alone:
 * masking every "a" of a message would leak more (by elimination) than it hides.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  return out;
}
