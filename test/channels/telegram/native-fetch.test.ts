import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { telegramFetch } from '../../../src/channels/telegram/native-fetch.js';

/** Like the `abort-controller` polyfill grammY uses: a signal that is not Node's AbortSignal. */
class ForeignSignal extends EventTarget {
  aborted = false;
  reason: unknown;
  abort(reason: unknown): void {
    this.aborted = true;
    this.reason = reason;
    this.dispatchEvent(new Event('abort'));
  }
}

type Init = Parameters<typeof telegramFetch>[1];

describe('telegramFetch (Node fetch with grammY\'s polyfilled abort signal)', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    // Answers /fast at once and never answers /slow.
    server = createServer((req, res) => {
      if (req.url === '/fast') res.end('{"ok":true}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends with a foreign signal (Node 24 refuses it in fetch itself)', async () => {
    const signal = new ForeignSignal();
    const res = await telegramFetch(`${url}/fast`, { signal } as unknown as Init);
    expect(await res.json()).toEqual({ ok: true });
  });

  it("aborts when grammY's signal aborts, and when it was aborted before the call", async () => {
    const signal = new ForeignSignal();
    const pending = telegramFetch(`${url}/slow`, { signal } as unknown as Init);
    signal.abort(new Error('timeout'));
    await expect(pending).rejects.toThrow('timeout');

    const early = new ForeignSignal();
    early.abort(new Error('already'));
    await expect(telegramFetch(`${url}/slow`, { signal: early } as unknown as Init)).rejects.toThrow('already');
  });

  it("passes Node's own signal through", async () => {
    const controller = new AbortController();
    const pending = telegramFetch(`${url}/slow`, { signal: controller.signal } as unknown as Init);
    controller.abort(new Error('native'));
    await expect(pending).rejects.toThrow('native');
  });
});
