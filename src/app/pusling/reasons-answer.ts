import { PUSLING_REASONS, type PuslingReason } from '../../domain/pusling/index.js';

/**
 * Reads the reasons a requester typed as numbers of the listed reasons ("1 3", "1, 2 dan 4").
 *
 * @example
 * readReasons('1 dan 3'); // ['children_at_risk', 'elderly_screening']
 * readReasons('9');       // undefined
 */
export function readReasons(text: string): PuslingReason[] | undefined {
  const numbers = text.match(/\d+/g) ?? [];
  if (numbers.length === 0) return undefined;
  const picked = new Set<PuslingReason>();
  for (const number of numbers) {
    const reason = PUSLING_REASONS[Number(number) - 1];
    if (!reason) return undefined;
    picked.add(reason);
  }
  return PUSLING_REASONS.filter((r) => picked.has(r));
}
