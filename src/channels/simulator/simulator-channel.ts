import { randomUUID } from 'node:crypto';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Channel, InboundMessage, SendReceipt } from '../channel.js';

export interface SimulatorPayload {
  from: string;
  text: string;
  /** Optional client id: a resend with the same id is a duplicate. */
  id?: string;
}

/**
 * A full channel with no platform behind it: the demo, the tests and the web chat talk through it.
 * Sending only records (the outbound record is the delivery), so a reply is visible at once.
 *
 * @example
 * const [message] = simulatorChannel.parse({ from: '+628111000001', text: 'halo' }, new Date());
 */
export const simulatorChannel: Channel<SimulatorPayload> = {
  name: 'simulator',
  limits: { max: 1000, durationMs: 1000 },
  parse(raw: SimulatorPayload, receivedAt: Date): InboundMessage[] {
    return [{ channel: 'simulator', address: raw.from.trim(), platformId: raw.id ?? randomUUID(), text: raw.text, receivedAt }];
  },
  async send(): Promise<SendReceipt> {
    return {};
  },
  phoneOf(address: string): string | null {
    const phone = parsePhoneNumberFromString(address, 'ID');
    return phone?.isValid() ? phone.number : null;
  },
};
