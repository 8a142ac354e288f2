import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { actionCatalog } from '../../../src/app/actions/index.js';
import { loadValidatedFlows } from '../../../src/app/engine-assets.js';
import { CloudChannel } from '../../../src/channels/whatsapp-cloud/cloud-channel.js';
import { LIMITS } from '../../../src/channels/whatsapp-cloud/cloud-payloads.js';
import { MemoryCustomerWindow } from '../../../src/channels/whatsapp-cloud/customer-window.js';
import { GraphClient } from '../../../src/channels/whatsapp-cloud/graph-client.js';
import { choicesOf } from '../../../src/engine/answer.js';
import { MAX_CHOICE_TEXT, type ContactView } from '../../../src/engine/index.js';
import { createTranslator, loadCatalog } from '../../../src/i18n/catalog.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { LANGS, type Lang } from '../../../src/shared/lang.js';
import { createLogger } from '../../../src/shared/logger.js';

const ROOT = 'https://graph.example.test/v21.0';
const PHONE_ID = '1098765432';
const TO = '628111000002';
const NOW = new Date('2026-03-09T02:00:00Z');
const catalog = loadCatalog('locales');
const translate = createTranslator(catalog);
const flows = loadValidatedFlows('flows', catalog, actionCatalog());

/** The real menu's question as the engine shows it to a contact speaking `lang`. */
function menuMessage(flowId: string, lang: Lang) {
  const step = flows.find((f) => f.definition.id === flowId)!.definition.steps.ask!;
  if (step.type !== 'ask') throw new Error(`${flowId} starts with no question`);
  const contact: ContactView = { id: 'c_1', lang, role: 'kader', consented: true, optedOut: false, timezone: 'Asia/Jakarta', facts: {} };
  return { text: translate(lang, step.prompt as string), choices: choicesOf(step.answer, { vars: {}, contact }, translate), question: 'q7k2' };
}

function cloud() {
  const window = new MemoryCustomerWindow();
  const channel = new CloudChannel({
    graph: new GraphClient({ apiRoot: ROOT, phoneNumberId: PHONE_ID, token: 'test-token-0123456789abcdef' }),
    phoneNumberId: PHONE_ID,
    window,
    templates: {},
    media: { get: async () => null },
    clock: fixedClock(NOW),
    log: createLogger({ level: 'silent' }),
    listButton: 'Pilih',
  });
  return { channel, window };
}

type ListBody = { type?: string; interactive?: { type?: string; body?: { text?: string }; action?: { sections?: Array<{ rows: Array<{ id: string; title: string; description?: string }> }> } } };

describe('a real menu on WhatsApp Cloud (Graph API through nock)', () => {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => {
    expect(nock.isDone()).toBe(true);
    nock.cleanAll();
  });

  it('keeps the Cloud row limits and the flow check equal', () => {
    expect(MAX_CHOICE_TEXT).toEqual({ title: LIMITS.rowTitle, description: LIMITS.rowDescription });
  });

  it.each(LANGS)('sends the kader menu in %s as a list: short titles, the rest as descriptions, rows tied to the question', async (lang) => {
    const { channel, window } = cloud();
    await window.touch(TO, NOW);
    let body: ListBody = {};
    nock(ROOT)
      .post(`/${PHONE_ID}/messages`, (b: ListBody) => ((body = b), true))
      .reply(200, { messaging_product: 'whatsapp', contacts: [{ input: TO, wa_id: TO }], messages: [{ id: 'wamid.M1' }] });
    const menu = menuMessage('menu-kader', lang);
    await channel.send(TO, menu, { kind: 'reply' });
    expect(body.type).toBe('interactive');
    expect(body.interactive?.type).toBe('list');
    const rows = body.interactive?.action?.sections?.[0]?.rows ?? [];
    expect(rows.map((r) => r.title)).toEqual(menu.choices.map((c) => c.label));
    expect(rows.map((r) => r.id)).toEqual(menu.choices.map((_, i) => `q7k2:${i + 1}`));
    expect(rows[0]).toEqual({ id: 'q7k2:1', title: translate(lang, 'menu.kader.group.children'), description: translate(lang, 'menu.kader.group.children.desc') });
    expect(rows.filter((r) => r.description).length).toBeGreaterThanOrEqual(3);
  });

  it('sends every fixed-choice menu of every role as a list, never as numbered text', async () => {
    const { channel, window } = cloud();
    await window.touch(TO, NOW);
    const menus = flows.filter((f) => f.definition.id.startsWith('menu-')).map((f) => f.definition.id);
    const types: string[] = [];
    nock(ROOT)
      .post(`/${PHONE_ID}/messages`, (b: ListBody) => (types.push(b.type ?? ''), true))
      .times(menus.length * LANGS.length)
      .reply(200, { messaging_product: 'whatsapp', contacts: [{ input: TO, wa_id: TO }], messages: [{ id: 'wamid.M2' }] });
    for (const id of menus) for (const lang of LANGS) await channel.send(TO, menuMessage(id, lang), { kind: 'reply' });
    expect(types).toEqual(Array(menus.length * LANGS.length).fill('interactive'));
  });
});
