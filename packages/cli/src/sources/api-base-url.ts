const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The API base URL: the vendor's, built from the account, unless `override` (the hidden
 * `TABLERO_<VENDOR>_BASE_URL`, for tests against a fake server) is set. An override must be
 * HTTPS, or plain HTTP on this machine only: credentials are sent to it.
 */
export function apiBaseUrl(vendorUrl: string, override: string | undefined, name: string): string {
  if (override === undefined) return vendorUrl;
  let url: URL;
  try {
    url = new URL(override);
  } catch {
    throw new Error(`${name} is not a URL`);
  }
  const local = url.protocol === 'http:' && LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !local) {
    throw new Error(`${name} must be an https:// URL (plain http only on 127.0.0.1 or localhost)`);
  }
  return url.href.replace(/\/+$/, '');
}

/**
 * `acme` from `acme`, `acme.zendesk.com` or `https://acme.zendesk.com/`: people paste any of
 * them. Anything else is refused, since it becomes part of the host the credentials go to.
 */
export function accountName(value: string, vendorHost: string, name: string): string {
  const bare = value
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/+$/, '');
  const account = bare.endsWith(`.${vendorHost}`) ? bare.slice(0, -vendorHost.length - 1) : bare;
  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(account)) {
    throw new Error(
      `${name} must be the account name, e.g. acme for acme.${vendorHost}; got "${value}"`,
    );
  }
  return account;
}
