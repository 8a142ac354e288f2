import type { ApiClientOptions } from 'grammy';

type FetchInit = NonNullable<Parameters<typeof fetch>[1]>;

/** What the polyfill's signal has in common with Node's. */
interface AbortSignalLike {
  aborted: boolean;
  reason?: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
}

/**
 * grammY aborts its calls through the `abort-controller` polyfill, and Node 24's fetch accepts only
 * its own AbortSignal ("Expected signal to be an instance of AbortSignal"): the abort is forwarded to
 * a native signal instead.
 */
function nativeSignal(signal: AbortSignalLike | null | undefined): AbortSignal | undefined {
  if (!signal || signal instanceof AbortSignal) return signal ?? undefined;
  const controller = new AbortController();
  if (signal.aborted) controller.abort(signal.reason);
  else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  return controller.signal;
}

/**
 * Node's own fetch instead of grammY's bundled node-fetch 2: one maintained HTTP stack, and the one
 * nock 14 intercepts in tests. grammY types its option with node-fetch's signature.
 *
 * @example
 * new Api(token, { fetch: telegramFetch });
 */
export const telegramFetch = ((input: Parameters<typeof fetch>[0], init?: Omit<FetchInit, 'signal'> & { signal?: AbortSignalLike | null }) => {
  const { signal, ...rest } = init ?? {};
  const native = nativeSignal(signal);
  return fetch(input, { ...rest, ...(native ? { signal: native } : {}) });
}) as unknown as NonNullable<ApiClientOptions['fetch']>;
