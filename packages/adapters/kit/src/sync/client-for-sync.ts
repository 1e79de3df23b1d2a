import type { SyncOptions } from '../contract.js';
import { createHttpClient, type HttpClient, type HttpClientOptions } from '../http/http-client.js';

/**
 * The HTTP client of one `sync` run: the adapter's options, plus the run's abort signal (so a
 * cancelled sync also cancels a request or a rate-limit wait) and its progress listener (so
 * waits are reported).
 */
export function clientForSync(
  options: HttpClientOptions,
  { signal, onProgress }: Pick<SyncOptions, 'signal' | 'onProgress'>,
): HttpClient {
  return createHttpClient({
    ...options,
    ...(signal ? { signal } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
}
