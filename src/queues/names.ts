/** BullMQ job ids may not contain ":"; keys made of channel addresses do. */
export function jobId(...parts: string[]): string {
  return parts.join('_').replace(/[^A-Za-z0-9_.@+-]/g, '-');
}

export const QUEUES = {
  inbound: 'inbound',
  timeouts: 'timeouts',
  send: (channel: string, account = 'default') => `send-${channel}-${account}`,
} as const;
