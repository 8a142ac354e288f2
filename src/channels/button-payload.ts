/**
 * What a button's payload (Telegram callback data, a WhatsApp reply or row id) carries: the id of the
 * question it was shown with and the choice's number, as `<question>:<number>` (at most 11 bytes,
 * far under Telegram's 64). The number is what the choice parser reads, like a typed "2".
 *
 * @example
 * buttonPayload('1x9k3bq', 2); // '1x9k3bq:2'
 * buttonPayload(undefined, 2); // '2' (a message with choices but no open question)
 */
export function buttonPayload(question: string | undefined, index: number): string {
  return question ? `${question}:${index + 1}` : String(index + 1);
}

/** A tapped button's choice number and the question it belongs to. */
export interface TappedButton {
  text: string;
  question: string;
}

/**
 * Reads a payload back. A bare number is a button from before payloads named their question: which
 * question it belonged to is unknown, so it belongs to none (the engine calls it closed, never an
 * answer to whatever is open now). Anything else is no payload of ours (null).
 *
 * @example
 * readButtonPayload('1x9k3bq:2'); // { text: '2', question: '1x9k3bq' }
 * readButtonPayload('2'); // { text: '2', question: '' }
 */
export function readButtonPayload(payload: string): TappedButton | null {
  const match = /^(?:([0-9a-z]{1,13}):)?([1-9][0-9]{0,2})$/.exec(payload.trim());
  if (!match) return null;
  return { text: match[2]!, question: match[1] ?? '' };
}
