/**
 * What a failed Graph API call means for delivery:
 * - `reengage` (131047): more than 24 hours since the person last wrote; only a template may go.
 * - `rate` (130429 throughput, 131056 pair rate, 131048 spam rate, 80007/4/613 account limits): retry later.
 * - `unreachable` (131026): the number cannot receive it (no WhatsApp, old app, not accepted terms).
 * - `transient`: server or network trouble; retry with backoff.
 * - `rejected`: any other 4xx; retrying cannot help.
 */
export type GraphFailure =
  | { kind: 'reengage'; code: number; description: string }
  | { kind: 'rate'; code: number; description: string }
  | { kind: 'unreachable'; code: number; description: string }
  | { kind: 'transient'; code: number | null; description: string }
  | { kind: 'rejected'; code: number | null; description: string };

const RATE = new Set([130429, 131056, 131048, 80007, 4, 613]);
const TRANSIENT = new Set([1, 2, 131000, 131016, 133004]);

/**
 * @example
 * classifyGraphError(400, { error: { code: 131047, message: 'Re-engagement message' } }); // { kind: 'reengage', … }
 */
export function classifyGraphError(httpStatus: number, body: unknown): GraphFailure {
  const error = (body as { error?: { code?: unknown; message?: unknown; error_data?: { details?: unknown } } } | null)?.error;
  const code = typeof error?.code === 'number' ? error.code : null;
  const details = typeof error?.error_data?.details === 'string' ? `: ${error.error_data.details}` : '';
  const description = `${code ?? httpStatus} ${typeof error?.message === 'string' ? error.message : 'error'}${details}`;
  if (code === 131047) return { kind: 'reengage', code, description };
  if (code !== null && RATE.has(code)) return { kind: 'rate', code, description };
  if (httpStatus === 429) return { kind: 'rate', code: code ?? 429, description };
  if (code === 131026) return { kind: 'unreachable', code, description };
  if (httpStatus >= 500 || (code !== null && TRANSIENT.has(code))) return { kind: 'transient', code, description };
  if (httpStatus >= 400) return { kind: 'rejected', code, description };
  return { kind: 'transient', code, description };
}
