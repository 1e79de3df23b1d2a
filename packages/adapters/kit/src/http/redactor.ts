/** Replaces secrets in text; every message, log line and event of the kit passes through one. */
export type Redact = (text: string) => string;

export const REDACTED = '[redacted]';

/**
 * Query parameters that carry credentials in the wild (HubSpot's legacy `hapikey`, OAuth's
 * `access_token`, …). Their values are hidden even when the client was not told the secret,
 * e.g. in a `Link` URL a vendor built.
 */
export const SECRET_QUERY_PARAMS = [
  'api_key',
  'apikey',
  'hapikey',
  'key',
  'token',
  'access_token',
  'refresh_token',
  'id_token',
  'client_secret',
  'password',
  'secret',
  'signature',
  'sig',
] as const;

/**
 * Secrets shorter than this are not searched for: Freshdesk's literal password `X` would
 * otherwise turn every capital X of a message into `[redacted]` and hide nothing.
 */
const MIN_SECRET_LENGTH = 4;

const paramPattern = new RegExp(`([?&;](?:${SECRET_QUERY_PARAMS.join('|')})=)[^&#\\s"'<>]*`, 'gi');
const authHeaderPattern = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g;

/** UTF-8 then base64 with web APIs only, so the kit also loads in browsers. */
export function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The spellings a secret can take on its way into a message: raw, URL-encoded, base64. */
export function secretForms(secret: string): string[] {
  const forms = new Set<string>([secret]);
  forms.add(encodeURIComponent(secret));
  forms.add(encodeURIComponent(encodeURIComponent(secret)));
  const b64 = base64(secret);
  forms.add(b64);
  forms.add(b64.replace(/=+$/, ''));
  forms.add(b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
  return [...forms].filter((f) => f.length >= MIN_SECRET_LENGTH);
}

/**
 * A redactor that knows the given secrets (and their encoded forms), hides credential query
 * parameters, and `Bearer …`/`Basic …` header values. Longer forms are replaced first so a
 * secret that contains another leaves no tail behind.
 */
export function createRedactor(secrets: Iterable<string | undefined | null>): Redact {
  const forms = [
    ...new Set([...secrets].flatMap((s) => (s != null && s !== '' ? secretForms(s) : []))),
  ].sort((a, b) => b.length - a.length);
  return (text: string): string => {
    let out = String(text);
    for (const form of forms) out = out.split(form).join(REDACTED);
    return out
      .replace(paramPattern, (_m, prefix: string) => `${prefix}${REDACTED}`)
      .replace(authHeaderPattern, (_m, scheme: string) => `${scheme} ${REDACTED}`);
  };
}

/** Redacts text with only the secret-agnostic rules (query parameters, auth headers). */
export const redactGeneric: Redact = createRedactor([]);
