/**
 * The action call's ref, which a writing action needs to name its effects: outside a turn (a test
 * calling `run` without one) there is nothing to derive ids from, so it fails loudly.
 *
 * @example
 * effectId('pr', turnRef(ref, 'pusling.submit')); // 'pr_…'
 */
export function turnRef(ref: string | undefined, action: string): string {
  if (!ref) throw new Error(`${action} runs inside a turn: its effect ids are derived from the turn ref`);
  return ref;
}
