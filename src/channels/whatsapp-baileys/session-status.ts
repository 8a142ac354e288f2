import { ENTRY, type AuthKeyValueStore } from './auth-state.js';

/**
 * Where a Baileys session stands. `logged-out` and `replaced` need the operator: the first a new
 * pairing, the second to stop the other client that took over the session.
 */
export type BaileysState = 'starting' | 'connecting' | 'pairing' | 'open' | 'reconnecting' | 'logged-out' | 'replaced' | 'stopped';

export interface BaileysStatus {
  state: BaileysState;
  /** ISO time of the last change. */
  since: string;
  /** The QR to scan while pairing (it changes about every 20 seconds). */
  qr?: string;
  /** The 8-character code to type in WhatsApp > Linked devices > Link with phone number. */
  pairingCode?: string;
  /** Reconnects since the connection was last open. */
  attempt: number;
  /** The last disconnect's status code (DisconnectReason). */
  lastCode?: number;
}

/** True only when messages can go out now. */
export function isConnected(status: BaileysStatus | null): boolean {
  return status?.state === 'open';
}

/**
 * The status as last published by the process that holds the socket (the worker), so the server
 * process's admin page and health check see it too.
 *
 * @example
 * const status = await readBaileysStatus(store, 'default'); // { state: 'pairing', qr: '2@…', … }
 */
export async function readBaileysStatus(store: Pick<AuthKeyValueStore, 'read'>, session: string): Promise<BaileysStatus | null> {
  const text = (await store.read(session, ENTRY.status, [''])).get('');
  return text ? (JSON.parse(text) as BaileysStatus) : null;
}

export async function writeBaileysStatus(store: Pick<AuthKeyValueStore, 'write'>, session: string, status: BaileysStatus): Promise<void> {
  await store.write(session, [{ type: ENTRY.status, id: '', value: JSON.stringify(status) }]);
}
