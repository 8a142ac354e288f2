import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CloudChannel, type CloudTemplates } from '../../../src/channels/whatsapp-cloud/cloud-channel.js';
import { MemoryCustomerWindow } from '../../../src/channels/whatsapp-cloud/customer-window.js';
import { GraphClient } from '../../../src/channels/whatsapp-cloud/graph-client.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { isAppError } from '../../../src/shared/errors.js';
import { createLogger } from '../../../src/shared/logger.js';

const ROOT = 'https://graph.example.test/v21.0';
const PHONE_ID = '1098765432';
const TO = '628111000001';
const NOW = new Date('2026-03-09T02:00:00Z');
const templates: CloudTemplates = { reminder: { name: 'pengingat_posyandu', language: 'id' }, default: { name: 'info_posyandu', language: 'id' } };

function graphApi() {
  return nock(ROOT, { reqheaders: { authorization: 'Bearer test-token-0123456789abcdef' } });
}

function channel(options: { publicBaseUrl?: string; templates?: CloudTemplates } = {}) {
  const window = new MemoryCustomerWindow();
  const cloud = new CloudChannel({
    graph: new GraphClient({ apiRoot: ROOT, phoneNumberId: PHONE_ID, token: 'test-token-0123456789abcdef' }),
    phoneNumberId: PHONE_ID,
    window,
    templates: options.templates ?? templates,
    media: { get: async (id) => (id === 'chart12345' ? { data: Buffer.from('PNGDATA'), contentType: 'image/png' } : null) },
    clock: fixedClock(NOW),
    log: createLogger({ level: 'silent' }),
    listButton: 'Pilih',
    ...(options.publicBaseUrl ? { publicBaseUrl: options.publicBaseUrl } : {}),
  });
  return { cloud, window };
}

const sent = (id: string) => ({ messaging_product: 'whatsapp', contacts: [{ input: TO, wa_id: TO }], messages: [{ id }] });
const graphError = (code: number, message: string) => ({ error: { message, type: 'OAuthException', code, fbtrace_id: 'X' } });

describe('WhatsApp Cloud channel (Graph API through nock)', () => {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => {
    expect(nock.isDone()).toBe(true);
    nock.cleanAll();
  });

  it('sends text and returns the wamid', async () => {
    const { cloud, window } = channel();
    await window.touch(TO, new Date(NOW.getTime() - 60_000));
    let body: unknown;
    graphApi().post(`/${PHONE_ID}/messages`, (b: unknown) => ((body = b), true)).reply(200, sent('wamid.T1'));
    expect(await cloud.send(TO, { text: 'Halo Ibu' }, { kind: 'reply' })).toEqual({ platformId: 'wamid.T1' });
    expect(body).toEqual({ messaging_product: 'whatsapp', recipient_type: 'individual', to: TO, type: 'text', text: { body: 'Halo Ibu', preview_url: false } });
  });

  it('sends choices as an interactive list whose row ids are the question id and the numbers', async () => {
    const { cloud, window } = channel();
    await window.touch(TO, NOW);
    let body: { interactive?: { action?: { button?: string; sections?: Array<{ rows: unknown[] }> } } } = {};
    graphApi().post(`/${PHONE_ID}/messages`, (b: typeof body) => ((body = b), true)).reply(200, sent('wamid.L1'));
    await cloud.send(TO, { text: 'Pilih menu:', choices: [{ id: 'kms', label: 'Grafik KMS' }, { id: 'jadwal', label: 'Jadwal posyandu' }], question: 'k3x9b' });
    expect(body.interactive?.action?.button).toBe('Pilih');
    expect(body.interactive?.action?.sections?.[0]?.rows).toEqual([{ id: 'k3x9b:1', title: 'Grafik KMS' }, { id: 'k3x9b:2', title: 'Jadwal posyandu' }]);
  });

  it('falls back to numbered text when a choice title is longer than 24 characters', async () => {
    const { cloud, window } = channel();
    await window.touch(TO, NOW);
    let body: { type?: string; text?: { body?: string } } = {};
    graphApi().post(`/${PHONE_ID}/messages`, (b: typeof body) => ((body = b), true)).reply(200, sent('wamid.N1'));
    await cloud.send(TO, { text: 'Pilih:', choices: [{ id: 'a', label: 'Daftarkan anak yang baru lahir' }, { id: 'b', label: 'Batal' }] });
    expect(body.type).toBe('text');
    expect(body.text?.body).toBe('Pilih:\n\n1. Daftarkan anak yang baru lahir\n2. Batal');
  });

  it('sends a chart by link with the text as caption when the server has a public URL', async () => {
    const { cloud, window } = channel({ publicBaseUrl: 'https://bot.example.id/' });
    await window.touch(TO, NOW);
    let body: { image?: unknown } = {};
    graphApi().post(`/${PHONE_ID}/messages`, (b: typeof body) => ((body = b), true)).reply(200, sent('wamid.I1'));
    await cloud.send(TO, { text: 'Grafik Budi', image: '/media/chart12345.png' });
    expect(body.image).toEqual({ link: 'https://bot.example.id/media/chart12345.png', caption: 'Grafik Budi' });
  });

  it('uploads the chart first when there is no public URL', async () => {
    const { cloud, window } = channel();
    await window.touch(TO, NOW);
    let upload = '';
    let body: { image?: unknown } = {};
    graphApi().post(`/${PHONE_ID}/media`, (b: string) => ((upload = String(b)), true)).reply(200, { id: 'media-77' });
    graphApi().post(`/${PHONE_ID}/messages`, (b: typeof body) => ((body = b), true)).reply(200, sent('wamid.I2'));
    await cloud.send(TO, { text: 'Grafik Budi', image: '/media/chart12345.png' });
    expect(upload).toContain('PNGDATA');
    expect(upload).toContain('messaging_product');
    expect(body.image).toEqual({ id: 'media-77', caption: 'Grafik Budi' });
  });

  it('sends a reminder outside the 24-hour window as its template, the text as body parameter', async () => {
    const { cloud, window } = channel();
    await window.touch(TO, new Date(NOW.getTime() - 25 * 60 * 60 * 1000));
    let body: { type?: string; template?: unknown } = {};
    graphApi().post(`/${PHONE_ID}/messages`, (b: typeof body) => ((body = b), true)).reply(200, sent('wamid.P1'));
    await cloud.send(TO, { text: 'Besok posyandu Mawar.\nJam 08.00' }, { kind: 'reminder' });
    expect(body.type).toBe('template');
    expect(body.template).toEqual({ name: 'pengingat_posyandu', language: { code: 'id' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Besok posyandu Mawar. · Jam 08.00' }] }] });
  });

  it('sends the template after a 131047 (re-engagement) answer, never the free text again', async () => {
    const { cloud } = channel();
    const bodies: Array<{ type?: string; template?: { name?: string } }> = [];
    graphApi().post(`/${PHONE_ID}/messages`, (b: (typeof bodies)[number]) => (bodies.push(b), true)).reply(400, graphError(131047, 'Re-engagement message'));
    graphApi().post(`/${PHONE_ID}/messages`, (b: (typeof bodies)[number]) => (bodies.push(b), true)).reply(200, sent('wamid.P2'));
    expect(await cloud.send(TO, { text: 'Jawaban Anda tercatat' }, { kind: 'reply' })).toEqual({ platformId: 'wamid.P2' });
    expect(bodies.map((b) => b.type)).toEqual(['text', 'template']);
    expect(bodies[1]?.template?.name).toBe('info_posyandu');
  });

  it('fails for good outside the window when no template is configured', async () => {
    const { cloud } = channel({ templates: {} });
    const error = await cloud.send(TO, { text: 'Pengumuman' }, { kind: 'broadcast' }).catch((e: unknown) => e);
    expect(isAppError(error, 'CHANNEL_PERMANENT_FAILURE')).toBe(true);
    expect((error as Error).message).toContain('WHATSAPP_CLOUD_TEMPLATES');
  });

  it('backs off on 130429 and 131056 (a retryable error), then the retry goes through', async () => {
    const { cloud, window } = channel();
    await window.touch(TO, NOW);
    graphApi().post(`/${PHONE_ID}/messages`).reply(400, graphError(130429, 'Rate limit hit'));
    const first = await cloud.send(TO, { text: 'Halo' }).catch((e: unknown) => e);
    expect(isAppError(first, 'CHANNEL_SEND_FAILED')).toBe(true);
    expect((first as { context: { code: number } }).context.code).toBe(130429);
    graphApi().post(`/${PHONE_ID}/messages`).reply(400, graphError(131056, 'Pair rate limit hit'));
    expect(isAppError(await cloud.send(TO, { text: 'Halo' }).catch((e: unknown) => e), 'CHANNEL_SEND_FAILED')).toBe(true);
    graphApi().post(`/${PHONE_ID}/messages`).reply(200, sent('wamid.R1'));
    expect(await cloud.send(TO, { text: 'Halo' })).toEqual({ platformId: 'wamid.R1' });
  });

  it('treats other client errors as permanent and server errors as retryable', async () => {
    const { cloud, window } = channel();
    await window.touch(TO, NOW);
    graphApi().post(`/${PHONE_ID}/messages`).reply(400, graphError(100, 'Invalid parameter'));
    const bad = await cloud.send(TO, { text: 'Halo' }).catch((e: unknown) => e);
    expect(isAppError(bad, 'CHANNEL_PERMANENT_FAILURE')).toBe(true);
    expect((bad as { context: { scope?: string } }).context.scope).toBe('message');
    graphApi().post(`/${PHONE_ID}/messages`).reply(503, 'unavailable');
    expect(isAppError(await cloud.send(TO, { text: 'Halo' }).catch((e: unknown) => e), 'CHANNEL_SEND_FAILED')).toBe(true);
  });

  it('reads the phone from a WhatsApp id', () => {
    const { cloud } = channel();
    expect(cloud.phoneOf('628111000001')).toBe('+628111000001');
    expect(cloud.phoneOf('abc')).toBeNull();
  });
});
