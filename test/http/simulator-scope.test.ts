import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboundRecord } from '../../src/app/messages/message-records.js';
import { startTestBot, type TestBot } from '../helpers/services.js';
import { until } from '../helpers/until.js';
import { ALL_INPUTS_ENV, cloudBody, postCloud } from './bot-env.js';

const outbound = (id: string, contactId: string, channel: string, address: string, text: string): OutboundRecord => ({
  _id: id, contactId, channel, address, kind: 'reply', text, choices: null, image: null, inReplyTo: null, status: 'sent', error: null, createdAt: new Date(0), seq: 0, sentAt: null,
});

/** Anyone with the simulator token can type any number: the simulator must not become a window onto other channels. */
describe('the simulator sees only its own contacts', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(() => bot.close());

  it('a message from a WhatsApp user\'s number does not join that contact nor show their transcript', async () => {
    const { contacts, messages } = bot.container.deps;
    const wa = await contacts.findOrCreate({ channel: 'whatsapp-cloud', address: '628111000081', phone: '+628111000081' }, { id: 'c-wa-81', lang: 'id', timezone: 'Asia/Jakarta' });
    await messages.recordOutbound([outbound('out_wa_81', wa._id, 'whatsapp-cloud', '628111000081', 'Hasil timbang Budi: berat 9,1 kg')]);

    const replies = await bot.send('+628111000081', 'halo');
    expect(replies.length).toBeGreaterThan(0);
    const own = await contacts.findByAddress('simulator', '+628111000081');
    expect(own?._id).not.toBe(wa._id);
    expect(own?.origin).toBe('simulator');
    expect(await contacts.addresses(wa._id)).toEqual([{ channel: 'whatsapp-cloud', address: '628111000081' }]);
    const history = await bot.history('+628111000081');
    expect(history.map((m) => m.text).join('\n')).not.toContain('Budi');
  });

  it('still joins a number the simulator itself used before (its own contact)', async () => {
    await bot.send('+628111000084', 'halo');
    const first = await bot.container.deps.contacts.findByAddress('simulator', '+628111000084');
    expect(first?.phone).toBe('+628111000084');
    await bot.send('+62 811-1000-084', 'halo');
    expect((await bot.container.deps.contacts.findByAddress('simulator', '+62 811-1000-084'))?._id).toBe(first?._id);
  });

  it('shows a simulator contact only what was sent to it on the simulator', async () => {
    const { contacts, messages } = bot.container.deps;
    await bot.send('+628111000085', 'halo');
    const contact = (await contacts.findByAddress('simulator', '+628111000085'))!;
    // The same person later linked a Telegram chat (phone sharing): that transcript stays Telegram's.
    await contacts.moveAddress('telegram', '9985', contact._id);
    await messages.recordOutbound([outbound('out_tg_85', contact._id, 'telegram', '9985', 'Pesan Telegram: anak Siti')]);
    const history = await bot.history('+628111000085');
    expect(history.length).toBeGreaterThan(0);
    expect(history.map((m) => m.text).join('\n')).not.toContain('Siti');
  });

  it('refuses (409) a message id another contact already used, instead of returning their replies', async () => {
    const first = await bot.send('+628111000082', 'halo', 'client-id-1');
    expect(first.length).toBeGreaterThan(0);
    const res = await bot.app.inject({ method: 'POST', url: '/api/simulator/messages', payload: { from: '+628111000083', text: 'halo', id: 'client-id-1' } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(res.body).not.toContain(first[0]!.text.slice(0, 20));
    // The same contact resending its own id is a duplicate and gets its own replies again.
    expect(await bot.send('+628111000082', 'halo', 'client-id-1')).toEqual(first);
  });
});

/**
 * The other direction: a number typed into the simulator makes a simulator contact; a later real
 * WhatsApp message from that number must not join it (nor its children, nor its transcript).
 */
describe('real channels never join the simulator\'s contacts', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: ALL_INPUTS_ENV });
  });
  afterAll(() => bot.close());

  const processed = (id: string) => until(`${id} processed`, async () => ((await bot.container.deps.messages.getInbound(id))?.status === 'processed' ? true : undefined));

  it('a WhatsApp message from a number the simulator used makes a contact of its own', async () => {
    const { contacts, messages } = bot.container.deps;
    await bot.send('+628111000091', 'halo');
    const simulated = (await contacts.findByAddress('simulator', '+628111000091'))!;
    expect(simulated.phone).toBe('+628111000091');
    await messages.recordOutbound([outbound('out_sim_91', simulated._id, 'simulator', '+628111000091', 'Hasil timbang Tono: berat 8,2 kg')]);

    const res = await postCloud(bot, cloudBody({ messages: [{ from: '628111000091', id: 'wamid.SIM91', timestamp: '1773021000', type: 'text', text: { body: 'halo' } }] }));
    expect(res.statusCode).toBe(200);
    await processed('whatsapp-cloud:wamid.SIM91');

    const real = (await contacts.findByAddress('whatsapp-cloud', '628111000091'))!;
    expect(real._id).not.toBe(simulated._id);
    expect(real.phone).toBe('+628111000091');
    expect(await contacts.addresses(simulated._id)).toEqual([{ channel: 'simulator', address: '+628111000091' }]);
    expect((await messages.outboundFor(real._id)).map((m) => m.text).join('\n')).not.toContain('Tono');
    // Staff notices for a registered number go to the real channel once there is one.
    expect((await contacts.findByPhone('0811-1000-091'))?._id).toBe(real._id);
    expect((await contacts.findByPhone('0811-1000-091', 'simulator'))?._id).toBe(simulated._id);
  });

  it('the simulator then still finds its own contact, not the WhatsApp one', async () => {
    await bot.send('+628111000092', 'halo');
    const { contacts } = bot.container.deps;
    const simulated = (await contacts.findByAddress('simulator', '+628111000092'))!;
    await postCloud(bot, cloudBody({ messages: [{ from: '628111000092', id: 'wamid.SIM92', timestamp: '1773021000', type: 'text', text: { body: 'halo' } }] }));
    await processed('whatsapp-cloud:wamid.SIM92');
    await bot.send('0811-1000-092', 'halo');
    expect((await contacts.findByAddress('simulator', '0811-1000-092'))?._id).toBe(simulated._id);
  });
});
