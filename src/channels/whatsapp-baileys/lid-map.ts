import { ENTRY, type AuthKeyValueStore } from './auth-state.js';
import { isLid, isPn, userJid } from './jids.js';

/**
 * Remembers which phone-number JID stands behind each LID (WhatsApp's privacy id), so a person who
 * writes once by phone number and once by LID stays one contact. Filled from the message keys'
 * alternate JIDs and Baileys' `lid-mapping.update`; kept in the session's store.
 *
 * @example
 * await lids.remember('123@lid', '628111000001@s.whatsapp.net');
 * lids.pnOf('123@lid'); // '628111000001@s.whatsapp.net'
 */
export class LidMap {
  private readonly map = new Map<string, string>();

  constructor(
    private readonly store: AuthKeyValueStore,
    private readonly session: string,
  ) {}

  async load(): Promise<void> {
    for (const [lid, pn] of await this.store.readAll(this.session, ENTRY.lidPn)) this.map.set(lid, pn);
  }

  pnOf(lid: string): string | undefined {
    return this.map.get(userJid(lid));
  }

  /** Records a pair when both sides are what they claim; returns true when it was new. */
  async remember(lid: string | null | undefined, pn: string | null | undefined): Promise<boolean> {
    if (!isLid(lid) || !isPn(pn)) return false;
    const key = userJid(lid);
    const value = userJid(pn);
    if (this.map.get(key) === value) return false;
    this.map.set(key, value);
    await this.store.write(this.session, [{ type: ENTRY.lidPn, id: key, value }]);
    return true;
  }
}
