/** Channel adapters implement the port declared by the app layer. */
export type { Channel, InboundMessage, OutboundMessage, SendContext, SendLimits, SendReceipt } from '../app/channel-port.js';
