import { createServer } from 'node:net';
import type { Update } from 'grammy/types';
import TelegramServerModule from 'telegram-test-api';
import type { TelegramServer as EmulatorServer } from 'telegram-test-api/lib/telegramServer.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readButtonPayload } from '../../../src/channels/button-payload.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import type { TestBot } from '../../helpers/services.js';
import { deliver, startTelegramBot, TOKEN } from './telegram-bot.js';

const CHAT = 3001;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

interface BotMessage {
  text: string;
  /** `<choice number>:<label>`; the question id in the callback data is kept apart, in `keyboards`. */
  buttons: string[];
  requestsContact: boolean;
}

/**
 * The real bot in webhook mode against telegram-test-api: the emulated user writes or taps in the
 * emulator, the test hands the emulator's pending updates to the webhook (the emulator cannot send
 * the secret header), and reads back what the bot sent through the Bot API.
 */
describe('Telegram end to end (telegram-test-api emulator, webhook mode)', () => {
  let server: EmulatorServer;
  let bot: TestBot;
  let client: ReturnType<EmulatorServer['getClient']>;
  /** Every inline keyboard the bot sent, oldest first, as callback data by choice number. */
  const keyboards: Array<Map<string, string>> = [];

  beforeAll(async () => {
    // The package is CommonJS with `module.exports = TelegramServer`; its typings describe the ESM default.
    const TelegramServer = TelegramServerModule as unknown as typeof EmulatorServer;
    server = new TelegramServer({ port: await freePort(), host: '127.0.0.1', storeTimeout: 600 });
    await server.start();
    client = server.getClient(TOKEN, { chatId: CHAT, userId: CHAT, firstName: 'Rina' });
    bot = await startTelegramBot(server.config.apiURL, (c) => seedDemo(c.models, new Date('2026-03-09T02:00:00Z'), { origin: 'platform' }));
  });
  afterAll(async () => {
    await bot.close();
    await server.stop();
  });

  /** Delivers what the user did in the emulator and returns what the bot sent back through it. */
  async function botAnswers(): Promise<BotMessage[]> {
    const res = await fetch(`${server.config.apiURL}/bot${TOKEN}/getUpdates`, { method: 'POST' });
    const { result } = (await res.json()) as { result: Update[] };
    expect(result).toHaveLength(1);
    const replies = await deliver(bot, result[0]!);
    for (const reply of replies) await expect.poll(async () => (await bot.container.deps.messages.getOutbound(reply._id))?.status, { timeout: 15_000 }).toBe('sent');
    const updates = await client.getUpdates();
    return updates.result.map(({ message }: { message: { text: string; reply_markup?: unknown } }) => {
      const markup = (message.reply_markup ?? {}) as { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>>; keyboard?: Array<Array<{ request_contact?: boolean }>> };
      const tapped = (markup.inline_keyboard ?? []).map(([button]) => ({ ...readButtonPayload(button!.callback_data)!, data: button!.callback_data, label: button!.text }));
      if (tapped.length) keyboards.push(new Map(tapped.map((b) => [b.text, b.data])));
      return {
        text: message.text,
        buttons: tapped.map((b) => `${b.text}:${b.label}`),
        requestsContact: markup.keyboard?.[0]?.[0]?.request_contact === true,
      };
    });
  }

  async function type(text: string): Promise<BotMessage[]> {
    await (text.startsWith('/') ? client.sendCommand(client.makeCommand(text)) : client.sendMessage(client.makeMessage(text)));
    return botAnswers();
  }

  /** Taps choice `number` on the newest keyboard, or on the keyboard `age` keyboards older. */
  async function tap(number: string, age = 0): Promise<BotMessage[]> {
    const data = keyboards[keyboards.length - 1 - age]?.get(number);
    expect(data, `a keyboard with a button ${number}`).toBeDefined();
    await client.sendCallback(client.makeCallbackQuery(data!));
    return botAnswers();
  }

  it('onboards a new parent to the main menu by tapping buttons and typing', async () => {
    const welcome = await type('/start');
    expect(welcome.map((m) => m.text)).toEqual([
      'Halo! Selamat datang di Posyandu Bot 👋 / Welcome! / Wilujeng sumping!',
      'Pilih bahasa / Choose a language / Pilih basa:',
      expect.stringContaining('Bagikan nomor HP'),
    ]);
    expect(welcome[1]!.buttons).toEqual(['1:Bahasa Indonesia', '2:English', '3:Basa Sunda']);
    expect(welcome[2]!.requestsContact).toBe(true);

    const privacy = await tap('1');
    expect(privacy.map((m) => m.text)).toEqual([
      'Baik, kita pakai Bahasa Indonesia.',
      expect.stringContaining('UU PDP'),
      'Apakah Anda setuju data keluarga Anda disimpan untuk tujuan itu? Jawab YA atau TIDAK.',
    ]);

    const kelurahan = await type('ya');
    expect(kelurahan).toEqual([{ text: 'Di kelurahan/desa mana Anda tinggal?', buttons: ['1:Margahayu'], requestsContact: false }]);

    const rw = await tap('1');
    expect(rw[0]!.text).toBe('Di RW berapa?');
    expect(rw[0]!.buttons.slice(0, 3)).toEqual(['1:RW 01', '2:RW 02', '3:RW 03']);

    const joined = await tap('3');
    expect(joined.map((m) => m.text)).toEqual(['Terima kasih, Anda terdaftar di Posyandu Mawar.', 'Daftarkan anak Anda:']);
    expect(joined[1]!.buttons).toEqual(['1:Daftarkan anak baru', '2:Saya punya kode anak', '3:Nanti saja']);

    expect((await tap('1')).map((m) => m.text)).toEqual(['Siapa nama atau nama panggilan anak? (cukup nama panggilan)']);
    const sex = await type('Ani');
    expect(sex).toEqual([{ text: 'Ani laki-laki atau perempuan?', buttons: ['1:Laki-laki', '2:Perempuan'], requestsContact: false }]);
    expect((await tap('2')).map((m) => m.text)).toEqual(['Kapan Ani lahir? Contoh: 12-03-2024 atau 12 Maret 2024.']);

    const saved = await type('12 Maret 2024');
    expect(saved.map((m) => m.text)).toEqual([expect.stringMatching(/^Ani \(23 bulan\) sudah terdaftar\. Kode anak: [A-Z0-9]{6}\./), 'Apakah ada anak lain yang ingin didaftarkan? (YA/TIDAK)']);

    const household = await type('tidak');
    expect(household.map((m) => m.text)).toEqual(['Baik, terima kasih.', expect.stringContaining('Posyandu kini melayani seluruh keluarga'), 'Apakah saat ini ada yang sedang hamil di rumah Anda? (YA/TIDAK)']);
    expect((await type('tidak')).map((m) => m.text)).toEqual(['Apakah ada yang berusia 60 tahun ke atas (lansia) di rumah Anda? (YA/TIDAK)']);
    const menu = await type('tidak');
    expect(menu.map((m) => m.text)).toEqual([
      'Terima kasih, sudah disimpan: tidak ada ibu hamil atau lansia. Ketik LAYANAN kapan saja untuk mengubahnya.',
      'Pendaftaran selesai. Terima kasih! 🙏',
      'Menu utama. Pilih nomor:',
    ]);
    expect(menu[2]!.buttons).toEqual(expect.arrayContaining(['1:Anak saya', '2:Tambah anak']));

    // The kelurahan keyboard of long ago: its "1" is not the menu's "Anak saya".
    const stale = await tap('1', 4);
    expect(stale.map((m) => m.text)).toEqual(['Pertanyaan itu sudah ditutup, jadi pilihan tadi tidak kami pakai. Ini yang sedang ditanyakan sekarang:', 'Menu utama. Pilih nomor:']);
    expect((await tap('1')).map((m) => m.text)).toEqual([expect.stringContaining('Ani')]);
    const contact = await bot.container.deps.contacts.findByAddress('telegram', String(CHAT));
    expect(contact).toMatchObject({ role: 'parent', posyanduId: 'psy-mawar', rw: '03', phone: null });
    expect(await bot.container.deps.children.ofCaregiver(contact!._id)).toEqual([expect.objectContaining({ name: 'Ani', sex: 2, birthDate: '2024-03-12' })]);
  });
});
