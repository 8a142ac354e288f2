import { BufferJSON, initAuthCreds, proto, type AuthenticationCreds, type AuthenticationState, type SignalDataSet, type SignalDataTypeMap } from '@whiskeysockets/baileys';

/**
 * Where a session's entries live: string values by (type, id). `src/store` implements it on MongoDB
 * (one document per entry); tests may pass a Map-backed one.
 */
export interface AuthKeyValueStore {
  read(session: string, type: string, ids: readonly string[]): Promise<Map<string, string>>;
  readAll(session: string, type: string): Promise<Map<string, string>>;
  write(session: string, entries: ReadonlyArray<{ type: string; id: string; value: string | null }>, at?: Date): Promise<void>;
  clear(session: string, keep?: readonly string[]): Promise<void>;
}

/** Entry types that are not signal keys; `clear` after a logout keeps none of them but the LID map. */
export const ENTRY = { creds: 'creds', sent: 'sent-message', lidPn: 'pn-of-lid', status: 'status' } as const;

export function encode(value: unknown): string {
  return JSON.stringify(value, BufferJSON.replacer);
}

export function decode<T>(text: string): T {
  return JSON.parse(text, BufferJSON.reviver) as T;
}

export interface StoredAuthState {
  state: AuthenticationState;
  /** Writes the creds as they are now; called on every `creds.update`. */
  saveCreds(): Promise<void>;
}

/**
 * Baileys' auth state on a key-value store instead of its multi-file folder: creds and each signal
 * key are separate entries, values serialised with BufferJSON, keys written on every `keys.set`.
 *
 * @example
 * const { state, saveCreds } = await loadAuthState(store, 'default');
 * const sock = makeWASocket({ auth: state }); sock.ev.on('creds.update', saveCreds);
 */
export async function loadAuthState(store: AuthKeyValueStore, session: string): Promise<StoredAuthState> {
  const saved = (await store.read(session, ENTRY.creds, [''])).get('');
  const creds: AuthenticationCreds = saved ? decode<AuthenticationCreds>(saved) : initAuthCreds();
  return {
    state: {
      creds,
      keys: {
        get: async <T extends keyof SignalDataTypeMap>(type: T, ids: string[]) => {
          const found = await store.read(session, type, ids);
          const result: { [id: string]: SignalDataTypeMap[T] } = {};
          for (const [id, text] of found) {
            const value = decode<SignalDataTypeMap[T]>(text);
            // Baileys expects the protobuf class here, not the plain object JSON gives back.
            result[id] = (type === 'app-state-sync-key' ? proto.Message.AppStateSyncKeyData.fromObject(value as object) : value) as SignalDataTypeMap[T];
          }
          return result;
        },
        set: async (data: SignalDataSet) => {
          const entries = Object.entries(data).flatMap(([type, values]) =>
            Object.entries(values ?? {}).map(([id, value]) => ({ type, id, value: value === null || value === undefined ? null : encode(value) })),
          );
          await store.write(session, entries);
        },
        clear: async () => store.clear(session, [ENTRY.lidPn]),
      },
    },
    saveCreds: () => store.write(session, [{ type: ENTRY.creds, id: '', value: encode(creds) }]),
  };
}
