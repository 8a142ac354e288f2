/** BullMQ job ids may not contain ":"; keys made of channel addresses do. */
export function jobId(...parts: string[]): string {
  return parts.join('_').replace(/[^A-Za-z0-9_.@+-]/g, '-');
}

export const QUEUES = {
  inbound: 'inbound',
  timeouts: 'timeouts',
  send: (channel: string, account = 'default') => `send-${channel}-${account}`,
} as const;

/**
 * Options of a delayed job that must happen once (a reminder, a deadline, a notice): the id makes
 * scheduling it twice harmless, and finished jobs are kept `keepDays` so a re-plan in that time
 * does not queue it again.
 *
 * @example
 * await queue.add('deadline', payload, onceJobOptions('alert-1-kader', 3_600_000, 7));
 */
export function onceJobOptions(id: string, delay: number, keepDays: number) {
  const age = keepDays * 24 * 3600;
  return {
    jobId: id,
    delay,
    removeOnComplete: { age },
    removeOnFail: { age },
    attempts: 5,
    backoff: { type: 'exponential' as const, delay: 5000 },
  };
}
