/**
 * Runs work for one key at a time across processes (a Redis lock per alert or child).
 *
 * @example
 * await locks.withLock(`alert:${id}`, () => apply(id));
 */
export interface KeyedLock {
  withLock<T>(key: string, work: () => Promise<T>): Promise<T>;
}
