/**
 * Which contact an address belonged to when this process last looked, so a known address's turn
 * reads its contact by `_id` without the address document first. It is only a guess: the caller
 * trusts it when the contact read says the address is still its last one (`lastChannel` and
 * `lastAddress`), which every change of an address's owner undoes (see `ContactsRepository.moveAddress`
 * and `erase`), in this process or another. Bounded: the least recently used address goes first.
 *
 * @example
 * const cache = new AddressCache(10_000);
 * cache.remember('telegram', '42', 'c-1');
 * cache.guess('telegram', '42'); // 'c-1'
 */
export class AddressCache {
  private readonly owners = new Map<string, string>();

  constructor(private readonly capacity: number) {}

  guess(channel: string, address: string): string | undefined {
    const key = keyOf(channel, address);
    const owner = this.owners.get(key);
    if (owner === undefined) return undefined;
    // Map keeps insertion order: reinserting marks the address as the most recently used.
    this.owners.delete(key);
    this.owners.set(key, owner);
    return owner;
  }

  remember(channel: string, address: string, contactId: string): void {
    const key = keyOf(channel, address);
    this.owners.delete(key);
    this.owners.set(key, contactId);
    if (this.owners.size > this.capacity) this.owners.delete(this.owners.keys().next().value!);
  }

  forget(channel: string, address: string): void {
    this.owners.delete(keyOf(channel, address));
  }

  get size(): number {
    return this.owners.size;
  }
}

// A newline cannot occur in a channel name, so two pairs never share a key.
const keyOf = (channel: string, address: string) => `${channel}\n${address}`;
