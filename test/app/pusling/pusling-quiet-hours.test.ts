import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { QUEUES } from '../../../src/queues/names.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';
import { readTranscript } from '../../helpers/transcript.js';
import { until } from '../../helpers/until.js';

// Monday 9 March 2026, 22:00 WIB: the coordinator schedules the visit late in the evening.
const clock = fixedClock(new Date('2026-03-09T15:00:00Z'));

describe('a Pusling visit decided in quiet hours is announced to the RW in the morning', () => {
  let bot: TestBot;
  let sends: Queue;

  beforeAll(async () => {
    bot = await startTestBot({ clock, seed: (c) => seedDemo(c.models, clock.now()) });
    sends = new Queue(QUEUES.send('simulator'), { connection: bot.container.redis.duplicate(), prefix: bot.container.env.QUEUE_PREFIX });
    const transcript = readTranscript(join(import.meta.dirname, '../../transcripts/pusling-request-to-visit.yaml'));
    for (const turn of transcript.turns) await bot.send(turn.from, turn.send ?? '');
  });
  afterAll(async () => {
    await sends.close();
    await bot?.close();
  });

  it('records the announcement for the family and holds its send job until 06:00 WIB', async () => {
    const announcement = await until('the announcement', async () =>
      (await bot.container.deps.messages.outboundFor('c-demo-parent')).find((m) => m.text.startsWith('Puskesmas Keliling datang')),
    );
    expect(announcement.status).toBe('queued');
    const job = (await sends.getDelayed()).find((j) => (j.data as { outboundIds?: string[] }).outboundIds?.includes(announcement._id));
    expect(job?.delay).toBe(8 * 3600_000);
  });
});
