/**
 * Redis Cluster's hash slot of a key (CRC16/XMODEM of the key, or of its hash tag — the text inside
 * the first `{…}` when not empty — modulo 16384), as the cluster computes it, for tests that check
 * which keys a command touches together.
 *
 * @example
 * hashSlot('foo'); // 12182
 * hashSlot('{user1000}.following') === hashSlot('{user1000}.followers'); // true
 */
export function hashSlot(key: string | Buffer): number {
  const bytes = typeof key === 'string' ? Buffer.from(key, 'utf8') : key;
  const open = bytes.indexOf(0x7b);
  if (open !== -1) {
    const close = bytes.indexOf(0x7d, open + 1);
    if (close > open + 1) return crc16(bytes.subarray(open + 1, close)) % 16384;
  }
  return crc16(bytes) % 16384;
}

/** CRC16/XMODEM (polynomial 0x1021, initial 0), the variant Redis Cluster uses. */
export function crc16(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}
